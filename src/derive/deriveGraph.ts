// Reverse-mode symbolic differentiation over the named graph: one adjoint per node, deltas shared, nothing expanded.
import { op, product, sum, sym, type MathNode } from '../util/mathNodes.js';
import type { Graph } from '../graph/types.js';
import { localPartial, toValues } from './localPartial.js';
import { qid, type Quantity } from './quantity.js';

/** Every quantity of one backward pass, in evaluation order (each after the quantities it reads). */
export interface Derivation {
  graph: Graph;
  quantities: Map<string, Quantity>;
  /** Nodes that have an adjoint (a path to the root), in reverse topological order. */
  adjointNodes: string[];
  /** node -> the single loss term it reaches, where there is exactly one. */
  termOf: Map<string, string>;
  /**
   * Contribution id -> the loss term it can be named by (∂E_o1/∂out_h1): only where the child reaches one
   * term and no sibling contribution reaches the same term, so the name is unambiguous.
   */
  contributionTerms: Map<string, string>;
}

export function deriveGraph(graph: Graph): Derivation {
  const quantities = new Map<string, Quantity>();
  // Each quantity has one symbol node, shared by every tree that reads it and carrying its slot, so
  // references are found through node ids (whose hashes are cached) and compiling needs no name lookups.
  const refs = { value: new Map<string, MathNode>(), adjoint: new Map<string, MathNode>(), delta: new Map<string, MathNode>(), partial: new Map<string, Map<string, MathNode>>(), termPartial: new Map<string, MathNode>() };
  const put = (q: Quantity): MathNode => {
    // One object shape for every quantity keeps property access monomorphic on networks of 10^5 parameters.
    const slot = quantities.size;
    const full: Quantity = { id: q.id, kind: q.kind, node: q.node, of: q.of, wrt: q.wrt, def: q.def, value: q.value, slot };
    quantities.set(full.id, full);
    return slotSymbol(full.id, slot);
  };
  const valueRef = (n: string): MathNode => refs.value.get(n) ?? sym(qid.value(n));
  const partialRef = (of: string, wrt: string): MathNode => refs.partial.get(of)!.get(wrt)!;
  for (const id of graph.order) {
    const node = graph.nodes.get(id)!;
    const q: Quantity = node.expr ? { id: qid.value(id), kind: 'value', node: id, def: toValues(node.expr, valueRef) } : { id: qid.value(id), kind: 'value', node: id, value: node.value };
    refs.value.set(id, put(q));
  }
  const etaRef = put({ id: qid.eta, kind: 'constant', value: graph.learningRate });

  const relevant = findRelevant(graph);
  const termOf = findLossTerms(graph, relevant);
  const rootQ = graph.root;
  const meanLoss = graph.nodes.get(rootQ)!.batchSize !== undefined;
  const adjointNodes = [...graph.order].reverse().filter((id) => id !== rootQ && relevant.has(id));
  const childrenMemo = new Map<string, string[]>();
  const relevantChildren = (id: string): string[] => {
    let kids = childrenMemo.get(id);
    if (!kids) childrenMemo.set(id, (kids = graph.children.get(id)!.filter((c) => c === rootQ || relevant.has(c))));
    return kids;
  };

  // Factors that carry ∂E/∂c upstream of c, written as the slides do: through a net node into its activation.
  // Memoized: every weight into a net shares the same factor nodes (trees may share nodes; none is mutated).
  const upMemo = new Map<string, MathNode[]>();
  const up = (c: string): MathNode[] => {
    let factors = upMemo.get(c);
    if (!factors) upMemo.set(c, (factors = upUncached(c)));
    return factors;
  };
  const upUncached = (c: string): MathNode[] => {
    if (c === rootQ) return [];
    const node = graph.nodes.get(c)!;
    const kids = relevantChildren(c);
    // A loss term enters the total with factor 1, except in the mean over examples (1/n): then it is a factor.
    if (node.kind === 'lossTerm' && kids.length === 1 && kids[0] === rootQ && !meanLoss) return [];
    if (node.kind === 'net' && kids.length === 1) return [...up(kids[0]!), partialRef(kids[0]!, c)];
    return [refs.adjoint.get(c)!];
  };
  const upProductMemo = new Map<string, MathNode | null>();
  const upProduct = (c: string): MathNode | null => {
    let node = upProductMemo.get(c);
    if (node === undefined) {
      const factors = up(c);
      upProductMemo.set(c, (node = factors.length ? product(factors) : null));
    }
    return node;
  };
  // In a sum over children, a net child contributes through its named delta (δ_o1, or ∂E_o1/∂net_o1).
  const upstreamForSum = (c: string, term: string | undefined): MathNode[] => {
    if (graph.nodes.get(c)!.kind !== 'net') return up(c);
    return [term ? refs.termPartial.get(c)! : refs.delta.get(c)!];
  };
  const contributionTerms = new Map<string, string>();

  for (const n of adjointNodes) {
    const kids = relevantChildren(n);
    for (const c of kids) {
      const ref = put({ id: qid.partial(c, n), kind: 'partial', of: c, wrt: n, def: localPartial(graph, graph.nodes.get(c)!, n, valueRef) });
      (refs.partial.get(c) ?? refs.partial.set(c, new Map()).get(c)!).set(n, ref);
    }
    let def: MathNode;
    if (kids.length === 1) {
      // (∂E/∂out · ∂out/∂net) · ∂net/∂w: the left factor is one shared node for all weights of a net.
      const prefix = upProduct(kids[0]!);
      const local = partialRef(kids[0]!, n);
      def = prefix ? op('*', prefix, local) : local;
    } else {
      const terms = kids.map((c) => termOf.get(c));
      def = sum(kids.map((c, i) => {
        const id = qid.contribution(c, n);
        const term = !meanLoss && terms[i] !== undefined && terms.indexOf(terms[i]) === terms.lastIndexOf(terms[i]) ? terms[i] : undefined;
        if (term) contributionTerms.set(id, term);
        return put({ id, kind: 'contribution', of: c, wrt: n, def: product([...upstreamForSum(c, term), partialRef(c, n)]) });
      }));
    }
    const adjoint = put({ id: qid.adjoint(n), kind: 'adjoint', node: n, def });
    refs.adjoint.set(n, adjoint);
    if (graph.nodes.get(n)!.kind === 'net') {
      refs.delta.set(n, put({ id: qid.delta(n), kind: 'delta', node: n, def: adjoint }));
      const term = termOf.get(n);
      if (term) refs.termPartial.set(n, put({ id: qid.termPartial(term, n), kind: 'termPartial', of: term, wrt: n, def: adjoint }));
    }
  }
  for (const w of graph.trainable) {
    const g = refs.adjoint.get(w);
    if (!g) continue;
    // w⁺ = w − η ∂E/∂w
    put({ id: qid.update(w), kind: 'update', node: w, def: op('-', valueRef(w), op('*', etaRef, g)) });
  }
  return { graph, quantities, adjointNodes, termOf, contributionTerms };
}

/** A symbol node that names a quantity and knows its slot (read by the compiler). */
function slotSymbol(id: string, slot: number): MathNode {
  const node = sym(id);
  (node as MathNode & { slot?: number }).slot = slot;
  return node;
}

/** Nodes with a path to the root; targets, and in a network inputs and frozen parameters, get no adjoint. */
function findRelevant(graph: Graph): Set<string> {
  const seen = new Set<string>([graph.root]);
  const stack = [graph.root];
  while (stack.length) {
    const id = stack.pop()!;
    for (const p of graph.nodes.get(id)!.parents) {
      if (!seen.has(p)) {
        seen.add(p);
        stack.push(p);
      }
    }
  }
  for (const id of [...seen]) {
    const node = graph.nodes.get(id)!;
    // Targets are data, never variables; a network's inputs and frozen parameters are constants too.
    if (node.kind === 'target') seen.delete(id);
    else if (graph.kind === 'network' && (node.kind === 'input' || (node.kind === 'param' && !node.trainable))) seen.delete(id);
  }
  return seen;
}

/** For each node, the one loss term E_k all its paths to the root pass through, if there is exactly one. */
function findLossTerms(graph: Graph, relevant: Set<string>): Map<string, string> {
  const termOf = new Map<string, string>();
  const mixed = new Set<string>();
  for (const id of [...graph.order].reverse()) {
    if (!relevant.has(id) || id === graph.root) continue;
    const node = graph.nodes.get(id)!;
    if (node.kind === 'lossTerm') {
      termOf.set(id, id);
      continue;
    }
    const terms = new Set<string>();
    let isMixed = false;
    for (const c of graph.children.get(id)!) {
      if (!relevant.has(c)) continue;
      const t = termOf.get(c);
      if (t === undefined) isMixed = true;
      else terms.add(t);
    }
    if (!isMixed && terms.size === 1) termOf.set(id, [...terms][0]!);
    else mixed.add(id);
  }
  return termOf;
}


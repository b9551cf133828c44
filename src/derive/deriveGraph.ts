// Reverse-mode symbolic differentiation over the named graph: one adjoint per node, deltas shared, nothing expanded.
import { SymbolNode } from '../util/mathjs.js';
import { op, product, sum, sym, type MathNode } from '../util/mathNodes.js';
import { withTwin } from '../util/evaluationTwin.js';
import type { Graph, GraphNode } from '../graph/types.js';
import { localPartial, toValues } from './localPartial.js';
import { qid, type Quantity } from './quantity.js';
import { QuantityMap } from './quantityMap.js';
import { optimizerRule, type OptimizerStep } from './optimizerRule.js';

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
  /**
   * ∂E_k/∂out_k of outputs whose δ is evaluated from the net (sigmoid + binary cross-entropy): a factor that may
   * exceed float64 (1/(1 − σ(800)) ≈ e^800) while δ, E and every gradient stay finite; the evaluator lets it overflow.
   */
  overflowFactors?: Set<string>;
  /** The file's optimizer where it is not plain gradient descent: its state lines and what a next step carries. */
  optimizer?: OptimizerStep;
}

/**
 * What the derivation knows of one graph node, in one record: a network of 10^5 parameters is derived with
 * a few map lookups per node instead of one per fact.
 */
interface NodeInfo {
  id: string;
  node: GraphNode;
  /** Has a path to the root and is a variable (not a target; in a network, not an input or frozen). */
  relevant: boolean;
  /** The symbol of its value quantity. */
  value: MathNode;
  /** Relevant children, in topological order, and the symbols of ∂child/∂this aligned with them. */
  kids: NodeInfo[];
  partials: MathNode[];
  /** The one loss term every path to the root passes through, if there is one. */
  term: string | undefined;
  adjoint: MathNode | undefined;
  delta: MathNode | undefined;
  termPartial: MathNode | undefined;
  /** Memo of `up` and its product. */
  up: MathNode[] | undefined;
  upProduct: MathNode | null | undefined;
  /** [this], shared as the children list of every node whose only child this is. */
  asOnlyKid: NodeInfo[] | undefined;
  /** A net whose δ is evaluated from the logits (sigmoid + binary cross-entropy). */
  fromLogits: boolean;
}

const NONE: never[] = [];

export interface DeriveGraphOptions {
  /** Δw = η ∂E/∂w as a quantity of its own, and w⁺ = w − Δw. */
  deltaW?: boolean;
  /** w⁺ = w − η ∂E/∂w whatever the file's optimizer (train steps its rule itself and reads only the gradients). */
  plainUpdate?: boolean;
}

export function deriveGraph(graph: Graph, options: DeriveGraphOptions = {}): Derivation {
  const quantities = new QuantityMap();
  // Each quantity has one symbol node, shared by every tree that reads it and carrying its slot, so
  // compiling needs no name lookups. One object shape for every quantity (all fields, in one order) keeps
  // property access monomorphic; each quantity is allocated once.
  const add = (id: string, kind: Quantity['kind'], def: MathNode | undefined, value: number | undefined, node?: string, of?: string, wrt?: string): number => {
    const slot = quantities.size;
    quantities.append({ id, kind, node, of, wrt, def, value, slot });
    return slot;
  };
  const put = (id: string, kind: Quantity['kind'], def: MathNode | undefined, value: number | undefined, node?: string, of?: string, wrt?: string): MathNode =>
    slotSymbol(id, add(id, kind, def, value, node, of, wrt));
  const infos = new Map<string, NodeInfo>();
  const info = (id: string): NodeInfo => infos.get(id)!;
  // The same records in topological order, walked without lookups.
  const inOrder: NodeInfo[] = [];
  const valueRef = (n: string): MathNode => infos.get(n)?.value ?? sym(qid.value(n));
  for (const id of graph.order) {
    const node = graph.nodes.get(id)!;
    const value = put(qid.value(id), 'value', node.expr ? toValues(node.expr, valueRef) : undefined, node.expr ? undefined : node.value, id);
    const x: NodeInfo = { id, node, relevant: false, value, kids: NONE, partials: NONE, term: undefined, adjoint: undefined, delta: undefined, termPartial: undefined, up: undefined, upProduct: undefined, asOnlyKid: undefined, fromLogits: false };
    infos.set(id, x);
    inOrder.push(x);
  }
  const etaRef = put(qid.eta, 'constant', undefined, graph.learningRate);

  const rootQ = graph.root;
  const root = info(rootQ);
  if (graph.forwardOnly) return { graph, quantities, adjointNodes: [], termOf: new Map(), contributionTerms: new Map() };
  // A given output gradient (micrograd's out.grad = 1) is a quantity of its own, ∂f/∂f, printed first.
  if (graph.seed !== undefined) root.adjoint = put(qid.adjoint(rootQ), 'adjoint', undefined, graph.seed, rootQ);
  // ∂f/∂f = 1 is left out of the products; another seed is their first factor.
  const rootFactors: MathNode[] = graph.seed !== undefined && graph.seed !== 1 ? [root.adjoint!] : [];
  markRelevant(graph, root, inOrder, info);
  const meanLoss = root.node.batchSize !== undefined;
  const reversed: NodeInfo[] = [];
  for (let i = inOrder.length - 1; i >= 0; i--) {
    const x = inOrder[i]!;
    if (x === root || !x.relevant) continue;
    reversed.push(x);
    const all = graph.children.get(x.id)!;
    if (all.length === 1) {
      // One child (every weight of a dense layer): the child's one-element list, shared and never changed.
      const k = info(all[0]!);
      x.kids = k === root || k.relevant ? (k.asOnlyKid ??= [k]) : NONE;
      continue;
    }
    const kids: NodeInfo[] = [];
    for (const c of all) {
      const k = info(c);
      if (k === root || k.relevant) kids.push(k);
    }
    x.kids = kids;
  }
  const termOf = findLossTerms(reversed);
  const adjointNodes = reversed.map((x) => x.id);

  // Factors that carry ∂E/∂c upstream of c, written as the slides do: through a net node into its activation.
  // Memoized: every weight into a net shares the same factor nodes (trees may share nodes; none is mutated).
  const up = (c: NodeInfo): MathNode[] => (c.up ??= upUncached(c));
  const upUncached = (c: NodeInfo): MathNode[] => {
    if (c === root) return rootFactors;
    const kids = c.kids;
    // A loss term enters the total with factor 1, except in the mean over examples (1/n): then it is a factor.
    if (c.node.kind === 'lossTerm' && kids.length === 1 && kids[0] === root && !meanLoss) return [];
    if (c.node.kind === 'net' && kids.length === 1) return [...up(kids[0]!), c.partials[0]!];
    return [c.adjoint!];
  };
  const upProduct = (c: NodeInfo): MathNode | null => {
    if (c.upProduct === undefined) {
      const factors = up(c);
      c.upProduct = factors.length ? product(factors) : null;
      // ∂E/∂out · ∂out/∂net of a net whose δ comes from the logits is evaluated as that δ
      if (c.upProduct && c.fromLogits) c.upProduct = withTwin(c.upProduct, c.adjoint!);
    }
    return c.upProduct;
  };
  // In a sum over children, a net child contributes through its named delta (δ_o1, or ∂E_o1/∂net_o1).
  const upstreamForSum = (c: NodeInfo, term: string | undefined): MathNode[] => {
    if (c.node.kind !== 'net') return up(c);
    return [term ? c.termPartial! : c.delta!];
  };
  const contributionTerms = new Map<string, string>();
  const overflowFactors = new Set<string>();

  for (const x of reversed) {
    const n = x.id;
    const kids = x.kids;
    const partials: MathNode[] = [];
    for (const c of kids) partials.push(put(qid.partial(c.id, n), 'partial', localPartial(graph, c.node, n, valueRef), undefined, undefined, c.id, n));
    x.partials = partials;
    let def: MathNode;
    if (kids.length === 1) {
      // (∂E/∂out · ∂out/∂net) · ∂net/∂w: the left factor is one shared node for all weights of a net.
      const prefix = upProduct(kids[0]!);
      def = prefix ? op('*', prefix, partials[0]!) : partials[0]!;
      // δ of an output whose loss has a closed form from the net (sigmoid + binary cross-entropy: σ(net) − t) is evaluated as that
      const fused = x.node.kind === 'net' ? logitDelta(graph, kids[0]!, valueRef) : undefined;
      if (fused) {
        const lossTerm = kids[0]!.kids[0]!;
        const outer = upProduct(lossTerm);
        def = withTwin(def, outer ? op('*', outer, fused) : fused);
        for (const id of [qid.partial(lossTerm.id, kids[0]!.id), qid.adjoint(kids[0]!.id)]) overflowFactors.add(id);
        x.fromLogits = true;
      }
    } else {
      const terms = kids.map((c) => c.term);
      def = sum(kids.map((c, i) => {
        const id = qid.contribution(c.id, n);
        const term = !meanLoss && terms[i] !== undefined && terms.indexOf(terms[i]) === terms.lastIndexOf(terms[i]) ? terms[i] : undefined;
        if (term) contributionTerms.set(id, term);
        return put(id, 'contribution', product([...upstreamForSum(c, term), partials[i]!]), undefined, undefined, c.id, n);
      }));
    }
    x.adjoint = put(qid.adjoint(n), 'adjoint', def, undefined, n);
    if (x.node.kind === 'net') {
      x.delta = put(qid.delta(n), 'delta', x.adjoint, undefined, n);
      if (x.term) x.termPartial = put(qid.termPartial(x.term, n), 'termPartial', x.adjoint, undefined, undefined, x.term, n);
    }
  }
  const rule = options.plainUpdate ? undefined : optimizerRule(graph, put, etaRef);
  for (const w of graph.trainable) {
    const g = infos.get(w)?.adjoint;
    if (!g) continue;
    // the file's optimizer (Adam, momentum…): its state lines, then its update
    if (rule) {
      add(qid.update(w), 'update', rule.update(w, valueRef(w), g), undefined, w);
      continue;
    }
    // w⁺ = w − η ∂E/∂w, or Δw = η ∂E/∂w and w⁺ = w − Δw (no tree reads an update: it gets no symbol node)
    const step = options.deltaW ? put(qid.change(w), 'change', op('*', etaRef, g), undefined, w) : op('*', etaRef, g);
    add(qid.update(w), 'update', op('-', valueRef(w), step), undefined, w);
  }
  return { graph, quantities, adjointNodes, termOf, contributionTerms, ...(overflowFactors.size ? { overflowFactors } : {}), ...(rule ? { optimizer: rule.step } : {}) };
}

/** δ = ∂E_k/∂net from the net when `out` feeds one loss term whose loss has a closed form for its activation. */
function logitDelta(graph: Graph, out: NodeInfo, v: (id: string) => MathNode): MathNode | undefined {
  const term = out.kids.length === 1 ? out.kids[0]!.node : undefined;
  if (out.node.kind !== 'activation' || term?.kind !== 'lossTerm' || term.parents[1] !== out.id) return undefined;
  const form = term.loss?.logitDelta?.[out.node.activation!.id];
  return form ? form(v(term.parents[0]!), v(out.node.parents[0]!)) : undefined;
}

/** A symbol node that names a quantity and knows its slot (read by the compiler). */
function slotSymbol(id: string, slot: number): MathNode {
  return new SlotSymbolNode(id, slot);
}

/** A SymbolNode with its slot set in the constructor: the field lives in the object, no property store is added. */
class SlotSymbolNode extends SymbolNode {
  slot: number;
  constructor(name: string, slot: number) {
    super(name);
    this.slot = slot;
  }
}

/** Marks nodes with a path to the root; targets, and in a network inputs and frozen parameters, get no adjoint. */
function markRelevant(graph: Graph, root: NodeInfo, inOrder: readonly NodeInfo[], info: (id: string) => NodeInfo): void {
  root.relevant = true;
  const stack = [root];
  while (stack.length) {
    const x = stack.pop()!;
    for (const p of x.node.parents) {
      const y = info(p);
      if (!y.relevant) {
        y.relevant = true;
        stack.push(y);
      }
    }
  }
  for (const x of inOrder) {
    if (!x.relevant) continue;
    const node = x.node;
    // Targets are data, never variables; a network's inputs and frozen parameters are constants too.
    if (node.kind === 'target') x.relevant = false;
    else if (graph.kind === 'network' && (node.kind === 'input' || (node.kind === 'param' && !node.trainable))) x.relevant = false;
  }
}

/** For each node (given in reverse topological order), the one loss term all its paths to the root pass through, if there is exactly one. */
function findLossTerms(reversed: NodeInfo[]): Map<string, string> {
  const termOf = new Map<string, string>();
  for (const x of reversed) {
    if (x.node.kind === 'lossTerm') {
      x.term = x.id;
      termOf.set(x.id, x.id);
      continue;
    }
    // The one term every relevant child reaches; none where a child reaches none or two children differ.
    let term: string | undefined;
    let isMixed = false;
    for (const c of x.kids) {
      const t = c.term;
      if (t === undefined || (term !== undefined && t !== term)) isMixed = true;
      else term = t;
    }
    if (!isMixed && term !== undefined) {
      x.term = term;
      termOf.set(x.id, term);
    }
  }
  return termOf;
}

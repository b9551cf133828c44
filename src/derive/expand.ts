// Rewrites a form by replacing derived quantities with their definitions, e.g. a chain product into slide symbols.
import type { MathNode } from 'mathjs';
import { substitute, sym } from '../util/mathNodes.js';
import { qid, type Quantity } from './quantity.js';
import { traverseTree } from '../util/walkTree.js';

/**
 * Replaces every non-value quantity by its definition, recursively. Node deltas (d$) are kept as δ when
 * `keepDeltas`, and ∂E_k/∂net (lp$) then reads as δ too: (Σ_o δ_o w_ho) · out_h1(1 − out_h1) · i1.
 */
export function expand(node: MathNode, quantities: ReadonlyMap<string, Quantity>, keepDeltas: boolean, memo: ExpandMemo = new Map()): MathNode {
  return dropUnitFactors(rewrite(node, quantities, (q) => {
    if (keepDeltas && q.kind === 'delta') return null;
    if (keepDeltas && q.kind === 'termPartial') return sym(qid.delta(q.wrt!));
    const known = memo.get(q);
    if (known) return known;
    const done = expand(q.def!, quantities, keepDeltas, memo);
    memo.set(q, done);
    return done;
  }));
}

/**
 * Each quantity's expanded definition, for expansions over the same quantities with the same `keepDeltas`: a layout
 * expands a unit's gradient once for each of its weights, and every expansion copies its tree afresh at the end
 * (dropUnitFactors), so a definition expanded once can be shared by all of them.
 */
export type ExpandMemo = Map<Quantity, MathNode>;

/**
 * One step of a computational graph, as CS231n writes it: local partials by their formulas, upstream
 * gradients by name (∂E/∂u1 = ∂E/∂y1 · y1(1 − y1)); an adjoint that is only another name is followed.
 */
export function expandLocal(node: MathNode, quantities: ReadonlyMap<string, Quantity>): MathNode {
  return rewrite(node, quantities, (q) => {
    if (q.kind === 'partial') return q.def!;
    const lone = (q.def as { isSymbolNode?: boolean }).isSymbolNode === true;
    return q.kind === 'adjoint' && lone ? expandLocal(q.def!, quantities) : null;
  });
}

/** Substitutes each derived quantity's symbol with what `replace` gives (null keeps the symbol). */
function rewrite(node: MathNode, quantities: ReadonlyMap<string, Quantity>, replace: (q: Quantity) => MathNode | null): MathNode {
  const bindings: Record<string, MathNode> = Object.create(null);
  traverseTree(node, (n, path) => {
    const name = (n as MathNode & { name?: string }).name;
    if (!(n as { isSymbolNode?: boolean }).isSymbolNode || path === 'fn' || !name || name in bindings) return;
    const q = quantities.get(name);
    if (!q?.def || q.kind === 'value') return;
    const r = replace(q);
    if (r) bindings[name] = r;
  });
  return substitute(node, bindings);
}

/** x · 1 and 1 · x print as x: a linear unit's derivative adds nothing to read. */
function dropUnitFactors(node: MathNode): MathNode {
  return node.transform((n) => {
    const o = n as MathNode & { isOperatorNode?: boolean; fn?: string; args?: MathNode[] };
    if (!o.isOperatorNode || o.fn !== 'multiply') return n;
    const isOne = (x: MathNode): boolean => (x as { isConstantNode?: boolean; value?: unknown }).isConstantNode === true && Number((x as { value?: unknown }).value) === 1;
    const [a, b] = o.args as [MathNode, MathNode];
    if (isOne(b)) return dropUnitFactors(a);
    if (isOne(a)) return dropUnitFactors(b);
    return n;
  });
}

// Rewrites a form by replacing derived quantities with their definitions, e.g. a chain product into slide symbols.
import type { MathNode } from 'mathjs';
import { substitute, sym } from '../util/mathNodes.js';
import type { Quantity } from './quantity.js';

/**
 * Replaces every non-value quantity by its definition, recursively. Node deltas (d$) are kept as δ when
 * `keepDeltas`, and ∂E_k/∂net (lp$) then reads as δ too: (Σ_o δ_o w_ho) · out_h1(1 − out_h1) · i1.
 */
export function expand(node: MathNode, quantities: ReadonlyMap<string, Quantity>, keepDeltas: boolean): MathNode {
  const bindings: Record<string, MathNode> = {};
  node.traverse((n, path) => {
    const name = (n as MathNode & { name?: string }).name;
    if (!(n as { isSymbolNode?: boolean }).isSymbolNode || path === 'fn' || !name || name in bindings) return;
    const q = quantities.get(name);
    if (!q?.def || q.kind === 'value') return;
    if (keepDeltas && q.kind === 'delta') return;
    if (keepDeltas && q.kind === 'termPartial') {
      bindings[name] = sym(`d$${q.wrt}`);
      return;
    }
    bindings[name] = expand(q.def, quantities, keepDeltas);
  });
  return dropUnitFactors(substitute(node, bindings));
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

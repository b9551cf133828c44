// Rule optimizer-state, its gradient: in a page's formula for a state it names (v_1 = β v_0 + (1 − β) ∇L), the one name no rule read is the gradient of that state's parameter, where that reading makes the formula hold.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { nodeKey } from '../../read/canonicalName.js';
import { chainsOf } from '../../read/readDocument.js';
import type { MathSide } from '../../read/parseLatexMath.js';
import { evaluateSide } from '../evaluateSide.js';
import { createLookup } from '../lookup.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { FunctionNode, SymbolNode } from '../../../util/mathjs.js';

export const stateGradient: NameRule = {
  name: 'optimizer-state',
  apply(table, ctx) {
    if (!ctx.net.doc.derivation.optimizer) return;
    for (const chain of chainsOf(ctx.read)) {
      const key = nodeKey(chain.sides[0]!.node);
      const id = key === null ? undefined : table.idOf(key);
      const gradient = id === undefined ? undefined : gradientOf(id);
      if (gradient === undefined || ctx.net.valueOf(gradient) === undefined) continue;
      for (const side of chain.sides.slice(1)) bindIfHolds(table, ctx, side, id!, gradient);
    }
  },
};

/** The gradient a state reads: ∂E/∂w of its parameter, after as many rounds as the state. */
function gradientOf(id: string): string | undefined {
  const ref = parseQuantityId(id);
  const rounds = ref?.kind === 'trained' ? ref.rounds : 0;
  const state = parseQuantityId(ref?.kind === 'trained' ? ref.quantity : id);
  if (state?.kind !== 'optimizerState') return undefined;
  return rounds === 0 ? qid.adjoint(state.node) : qid.trained(rounds, qid.adjoint(state.node));
}

/** Binds the side's one unread name to the gradient when the side then gives the state's value. */
function bindIfHolds(table: BindingTable, ctx: RuleContext, side: MathSide, id: string, gradient: string): void {
  if (side.blank) return;
  const unread = new Set<string>();
  // (a function's own name and the names inside a derivative are no names of their own)
  side.node.traverse((n, path, parent) => {
    const inDerivative = parent instanceof FunctionNode && parent.fn.name === 'partial';
    if (n instanceof SymbolNode && path !== 'fn' && !inDerivative && !table.has(n.name)) unread.add(n.name);
  });
  if (unread.size !== 1) return;
  const [name] = unread;
  const at = (x: string): number | undefined => ctx.net.valueOf(x);
  const value = evaluateSide(side.node, createLookup(table, at, ctx.net.units, new Map([[name!, gradient]]))).value;
  const want = ctx.net.valueOf(id);
  if (value === undefined || want === undefined || Math.abs(value - want) > 1e-9 * Math.max(1e-12, Math.abs(want))) return;
  table.bind(name!, { id: gradient, rule: 'optimizer-state' });
}

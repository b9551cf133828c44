// Rule substituted-definition, for an update: a name the page defines by numbers alone as a − c·g, where a prints one
// parameter's value and g its gradient, is that parameter after the step, whatever c is (c is then judged against η).
import { ConstantNode, OperatorNode, SymbolNode, type MathNode } from '../../../util/mathjs.js';
import { finiteValue, readsAnySymbol, unwrapParentheses } from '../../../util/mathNodes.js';
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { chainsOf } from '../../read/readDocument.js';
import type { NumberLiteral } from '../../read/mathCursor.js';
import type { MathChain } from '../../read/parseLatexMath.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import type { BindingTable } from '../bindingTable.js';
import { canonicalKey, parseCanonicalKey } from '../../read/canonicalName.js';

export const substitutedUpdate: NameRule = {
  name: 'substituted-definition',
  apply(table, ctx) {
    for (const chain of chainsOf(ctx.read)) {
      const first = chain.sides[0]!.node;
      const worked = chain.sides[1];
      if (!(first instanceof SymbolNode) || table.get(first.name) !== undefined || !worked || worked.numbers.length !== 3 || readsAnySymbol(worked.node)) continue;
      const step = stepOf(worked.node);
      if (!step) continue;
      const [from, left, right] = worked.numbers as [NumberLiteral, NumberLiteral, NumberLiteral];
      const fits = updatesFitting(ctx, from, [{ value: step.product[0], literal: left }, { value: step.product[1], literal: right }]);
      const id = fits.length === 1 ? boundName(chain, fits[0]!, ctx) : markedUpdate(first.name, [left, right], table, ctx);
      if (id !== undefined) table.bind(first.name, { id, rule: 'substituted-definition' });
    }
  },
};

/**
 * What the name before worked numbers is, given the quantity they work out: that quantity, except after an arrow
 * (v_{21} ← 0.45 − 0.5 · 0.0827 = 0.4087), which gives a parameter its new value: the name is the parameter's everywhere
 * else on the page, so it is bound to the parameter whose update the numbers are (and to nothing if they are none's).
 */
export function boundName(chain: MathChain, id: string, ctx: RuleContext): string | undefined {
  if (chain.relations[0] !== '\\leftarrow') return id;
  for (const n of ctx.net.graph.nodes.values()) if (n.kind === 'param' && ctx.net.updateOf(qid.value(n.id)) === id) return qid.value(n.id);
  return undefined;
}

/** The marks pages put on a parameter's name for its value after the step: w^{*}, \tilde{w}, w^{(t+1)}, w^{(1)}, w'. */
const STEP_MARKS = new Set(['star', 'prime', 'plus']);
const STEP_ACCENTS = /^([A-Za-z]+?)(?:tilde|hat|bar)$/;
const STEP_LAYERS = /^(?:t\+1|k\+1|n\+1|1|new|next)$/;

/**
 * A name that is a parameter's name with a mark of the step (w_5^{*}, \tilde{w}_5, w_5^{(t+1)}, w_5^{(1)}) before a − c·g, where c
 * or g prints the learning rate: that parameter after the step, whatever numbers a and the other factor print (they
 * are then judged against the parameter and its gradient, so a wrong weight substituted is found, not passed).
 */
function markedUpdate(key: string, factors: readonly NumberLiteral[], table: BindingTable, ctx: RuleContext): string | undefined {
  const eta = ctx.net.valueOf(qid.eta);
  // (a page that takes more than one step may mark its second one so too: there the numbers alone decide)
  if (ctx.read.rounds.some((r) => r.rounds > 1) || table.boundBy('iteration')) return undefined;
  if (eta === undefined || !factors.some((f) => near(f.value, eta, f))) return undefined;
  const parts = parseCanonicalKey(key);
  const accent = STEP_ACCENTS.exec(parts.base);
  const marked = accent !== null || parts.marks.some((m) => STEP_MARKS.has(m)) || STEP_LAYERS.test(parts.layer);
  if (!marked) return undefined;
  const base = canonicalKey({ base: accent?.[1] ?? parts.base, sub: parts.sub, marks: parts.marks.filter((m) => !STEP_MARKS.has(m)), layer: STEP_LAYERS.test(parts.layer) ? '' : parts.layer });
  const ref = parseQuantityId(table.idOf(base) ?? '');
  return ref?.kind === 'value' && ctx.net.graph.nodes.get(ref.node)?.kind === 'param' ? ctx.net.updateOf(qid.value(ref.node)) : undefined;
}

/** Whether `x` prints as `literal` does, within half a unit of its last printed place. */
const near = (x: number | undefined, value: number, literal: NumberLiteral): boolean =>
  x !== undefined && Math.abs(x - value) <= 0.5 * 10 ** -literal.decimals + 1e-12;

/** a − c·g as numbers: a and the two factors' values (a sign inside a factor kept with it). */
function stepOf(node: MathNode): { from: number; product: [number, number] } | undefined {
  const root = unwrapParentheses(node);
  if (!(root instanceof OperatorNode) || root.fn !== 'subtract' || root.args.length !== 2) return undefined;
  const [a, prod] = [unwrapParentheses(root.args[0]!), unwrapParentheses(root.args[1]!)];
  if (!(a instanceof ConstantNode) || !(prod instanceof OperatorNode) || prod.fn !== 'multiply' || prod.args.length !== 2) return undefined;
  const [x, y] = prod.args.map((f) => finiteValue(f));
  const from = finiteValue(a);
  return x === undefined || y === undefined || from === undefined ? undefined : { from, product: [x, y] };
}

/**
 * The updates u$p whose parameter's value prints as `from` and whose gradient prints as one of the factors (the
 * other being the coefficient): each within its printed rounding, the gradient not 0.
 */
function updatesFitting(ctx: RuleContext, from: NumberLiteral, factors: readonly { value: number; literal: NumberLiteral }[]): string[] {
  const out = new Set<string>();
  for (const n of ctx.net.graph.nodes.values()) {
    if (n.kind !== 'param') continue;
    const update = ctx.net.updateOf(qid.value(n.id));
    const gradient = ctx.net.valueOf(qid.adjoint(n.id));
    if (!update || !gradient || !near(ctx.net.valueOf(qid.value(n.id)), from.value, from)) continue;
    if (factors.some((f) => near(gradient, f.value, f.literal))) out.add(update);
  }
  return [...out];
}

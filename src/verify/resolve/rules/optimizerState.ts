// Rule optimizer-state: a page's names for the file's optimizer's state (m_2, \hat{v}_t, v_1, velocity) are that state after the step the page says.
import { qid, type OptimizerStateKey } from '../../../derive/quantityRef.js';
import { nodeKey, parseCanonicalKey } from '../../read/canonicalName.js';
import { spanAt } from '../../read/roundsContext.js';
import { chainsOf } from '../../read/readDocument.js';
import { printedAgreement } from '../agreement.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import type { MathSide } from '../../read/parseLatexMath.js';

/** The letters pages give each rule's state (Adam's m, v, m̂, v̂; momentum's v, the velocity; RMSprop's v, s, cache). */
const ADAM: Readonly<Record<string, OptimizerStateKey>> = { m: 'm', v: 'v', mhat: 'mhat', vhat: 'vhat' };
const MOMENTUM: Readonly<Record<string, OptimizerStateKey>> = { v: 'velocity', velocity: 'velocity', velocidad: 'velocity' };
const STATE_LETTERS: Readonly<Record<string, Readonly<Record<string, OptimizerStateKey>>>> = {
  adam: ADAM, adamw: ADAM, momentum: MOMENTUM, nesterov: MOMENTUM,
  rmsprop: { v: 'cache', s: 'cache', cache: 'cache' },
  adagrad: { cache: 'cache' },
};

/** A step a page writes: a number (m_2, m^{(2)}), or its counter t (m_t, the step of the table row or paragraph). */
type Step = number | 't';

export const optimizerState: NameRule = {
  name: 'optimizer-state',
  apply(table, ctx) {
    const d = ctx.net.doc.derivation;
    const type = d.optimizer ? d.graph.optimizer?.type : undefined;
    if (type === undefined) return;
    // its constants (β₁, ε, t) are rule optimizer-constant's
    for (const key of ctx.read.names) if (!table.has(key)) bindState(table, ctx, type, key);
  },
};

/** m_2, \hat{v}_t, v_{w_1}^{(1)}, v_{dW}: the state of the one parameter the name or the printed values say. */
function bindState(table: BindingTable, ctx: RuleContext, type: string, key: string): void {
  const p = parseCanonicalKey(key);
  const stateKey = STATE_LETTERS[type]?.[p.base + p.marks.join('')];
  if (stateKey === undefined) return;
  const named = parameterNamed(ctx, p.sub);
  const step = stepOf(named === undefined ? p.sub : '', p.layer);
  if (step === undefined || (named === undefined && p.sub !== '' && p.layer !== '')) return;
  const params = named !== undefined ? [named] : trainedParameters(ctx);
  const ids = params.map((w) => stateId(ctx, stateKey, step, w)).filter((id): id is string => id !== undefined);
  if (ids.length !== params.length || ids.length === 0) return;
  if (step === 't' && (ids.length > 1 || !everyNumberInRounds(ctx, key))) return;
  const id = ids.length === 1 ? ids[0] : (onlyAgreeing(ctx, key, ids) ?? onlyNamed(ctx, params, ids));
  if (id !== undefined) table.bind(key, { id, rule: 'optimizer-state' });
}

/** The parameter a subscript names (m_{w_1}, v_θ) or, in Ng's notation, the gradient of (v_{dW}, S_{db}). */
function parameterNamed(ctx: RuleContext, sub: string): string | undefined {
  if (sub === '') return undefined;
  return trainedParameters(ctx).find((w) => {
    const own = ctx.nodeKey(w);
    // a nested subscript reads flat: v_{w_1} is v_w1, and v_{w_{11}^{(3)}} (a layered name) is v_w113
    const flat = own?.replace(/[_^()]/g, '');
    return flat !== undefined && (flat === sub || `d${flat}` === sub);
  });
}

/** The trainable parameters the derivation updates. */
function trainedParameters(ctx: RuleContext): string[] {
  const d = ctx.net.doc.derivation;
  return d.graph.trainable.filter((w) => d.quantities.has(qid.update(w)));
}

/** The step a subscript or superscript gives: 0 … 20, or t; a name with neither, in the rule's one step, is t. */
function stepOf(sub: string, layer: string): Step | undefined {
  const written = layer !== '' ? layer : sub;
  if (written === '' || written === 't') return 't';
  return /^\d{1,2}$/.test(written) && Number(written) <= 20 ? Number(written) : undefined;
}

/**
 * The id of the state after step `step` (the derivation prints step t₀ = the file's t + 1): before it, the file's
 * state; after it, a replay of the rule. A numbered step is pinned (trained$k$…, which no rounds context moves);
 * the counter t is the derivation's own step, moved by the rounds of the row or paragraph it is printed in.
 */
function stateId(ctx: RuleContext, key: OptimizerStateKey, step: Step, w: string): string | undefined {
  const d = ctx.net.doc.derivation;
  const t0 = (d.graph.optimizer?.t ?? 0) + 1;
  const printed = qid.optimizerState(key, t0, w);
  if (!d.quantities.has(printed)) return undefined;
  if (step === 't') return printed;
  if (step === t0 - 1) return d.quantities.has(qid.optimizerState(key, step, w)) ? qid.trained(0, qid.optimizerState(key, step, w)) : undefined;
  return step < t0 ? undefined : ctx.net.valueOf(qid.trained(step - t0, printed)) === undefined ? undefined : qid.trained(step - t0, printed);
}

/** Of several parameters' state, the one whose value the page's numbers for `key` show (or any, where all are equal). */
function onlyAgreeing(ctx: RuleContext, key: string, ids: readonly string[]): string | undefined {
  const values = ids.map((id) => ctx.net.valueOf(id));
  if (values.every((x) => x !== undefined && x === values[0])) return ids[0];
  const agreeing = ids.filter((id, i) => printedAgreement(ctx, (k) => (k === key ? id : undefined)) > 0 || printsValue(ctx, key, values[i]));
  return agreeing.length === 1 ? agreeing[0] : undefined;
}

/** Where no printed value tells, the state of the one parameter the page names (∂E/∂w_1 beside v_1), if only one. */
function onlyNamed(ctx: RuleContext, params: readonly string[], ids: readonly string[]): string | undefined {
  const names = [...ctx.read.names];
  const named = params.map((w) => ctx.nodeKey(w)).map((k) => k !== null && names.some((n) => n === k || n.endsWith(`/∂${k}`)));
  return named.filter(Boolean).length === 1 ? ids[named.indexOf(true)] : undefined;
}

/** Whether the page prints `value` for `key` at its printed decimals, as a number alone (v_1 = \\mathbf{-0.000793}). */
function printsValue(ctx: RuleContext, key: string, value: number | undefined): boolean {
  if (value === undefined) return false;
  return chainsOf(ctx.read).some((chain) => nodeKey(chain.sides[0]!.node) === key && chain.sides.slice(1).some((s) => {
    const n = s.numbers.length === 1 && numbersOnly(s) ? s.numbers[0]! : undefined;
    return n !== undefined && Math.abs(n.value - value) <= 0.5 * 10 ** -n.decimals * (1 + 1e-9);
  }));
}

/** Whether every number printed for `key` stands in a table row whose step column says which step it is (t = 2). */
function everyNumberInRounds(ctx: RuleContext, key: string): boolean {
  const t0 = (ctx.net.doc.derivation.graph.optimizer?.t ?? 0) + 1;
  let printed = 0;
  for (const e of ctx.read.equations) {
    if (e.parse.skipped) continue;
    for (const chain of e.parse.chains) {
      if (nodeKey(chain.sides[0]!.node) !== key || !chain.sides.some(numbersOnly)) continue;
      // m_t in the row t = 2 is the state after step 2: the row's rounds must move the derivation's step there
      const span = spanAt(ctx.read.rounds, e.equation.offset);
      if (span?.step === undefined || t0 + span.rounds !== span.step) return false;
      printed++;
    }
  }
  return printed > 0;
}

/** A side of numbers alone (0.9(1) + 0.1(9.8), 1.88): what the page says the name's value is. */
const numbersOnly = (side: MathSide): boolean => side.numbers.length > 0 && !/[A-Za-z]/.test(side.source.replace(/\\(cdot|times|frac|dfrac|left|right|sqrt|mathbf|approx)/g, ''));

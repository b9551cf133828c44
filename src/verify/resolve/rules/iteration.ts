// Rule iteration: θ^{(k)}, w^{(k)} — a parameter named in full by its subscript (θ_1 → theta1), with a step counter
// as superscript — is that parameter after k steps of gradient descent: θ^{(0)} the start, θ^{(1)} after one update.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { canonicalKey, parseCanonicalKey } from '../../read/canonicalName.js';
import { printedAgreement } from '../agreement.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';

/** A counted name: θ_j^{(k)} (sub j), θ^{(k)} of a parameter named θ (sub null), or θ_k of one (subscript a step). */
interface Counted { key: string; base: string; sub: number | null; step: number }

/** The steps a page writes: θ^{(0)} … θ^{(20)}; a wider counter is no worked example. */
const MAX_STEP = 20;

export const iteration: NameRule = {
  name: 'iteration',
  apply(table, ctx) {
    const byBase = new Map<string, Counted[]>();
    for (const key of ctx.read.names) {
      const c = counted(key);
      if (c && !table.has(key)) byBase.set(c.base, [...(byBase.get(c.base) ?? []), c]);
    }
    for (const [base, all] of byBase) {
      bindScalars(table, ctx, base, all.filter((n) => n.sub === null));
      const names = all.filter((n) => n.sub !== null);
      // a superscript is a step, not a layer, where the network has one layer of weights or the page counts from 0
      if (names.length === 0 || (ctx.net.graph.layers.length > 1 && !names.some((n) => n.step === 0))) continue;
      // θ^{(1)} printed as a vector names its entries from 1 (θ_1 … θ_3) on a page whose θ_0 is the intercept
      const offsets = [0, -1].filter((o) => names.every((n) => parameterOf(table, ctx, base, n.sub! + o) !== undefined));
      const scored = offsets.map((o) => ({ o, score: printedAgreement(ctx, (key) => idOf(table, ctx, names.find((n) => n.key === key), o)) }));
      // where nothing printed tells the two apart, the entries are named as written
      const best = scored.reduce<{ o: number; score: number } | undefined>((b, x) => (!b || x.score > b.score ? x : b), undefined);
      if (!best || scored.some((x) => x !== best && x.score === best.score && best.score > 0)) continue;
      for (const n of names) table.bind(n.key, { id: idOf(table, ctx, n, best.o)!, rule: 'iteration' });
      for (const step of new Set(names.map((n) => n.step))) bindVector(table, canonicalKey({ base, sub: '', marks: [], layer: String(step) }), step);
    }
    bindStepSubscripts(table, ctx);
  },
};

/** θ^{(k)} of a parameter the page names θ: the parameter after k steps. */
function bindScalars(table: BindingTable, ctx: RuleContext, base: string, names: readonly Counted[]): void {
  if (names.length === 0 || parameterOf(table, ctx, base, null) === undefined) return;
  if (ctx.net.graph.layers.length > 1 && !names.some((n) => n.step === 0)) return;
  for (const n of names) table.bind(n.key, { id: idOf(table, ctx, n, 0)!, rule: 'iteration' });
}

/**
 * x_0, x_1, x_2 of a parameter the page names x, where it writes x_0 and the network has no x_1: the iterates of
 * gradient descent (x_{k+1} = x_k − η f'(x_k)), bound where a printed value shows it.
 */
function bindStepSubscripts(table: BindingTable, ctx: RuleContext): void {
  const byBase = new Map<string, Counted[]>();
  for (const key of ctx.read.names) {
    const p = parseCanonicalKey(key);
    if (table.has(key) || p.marks.length > 0 || p.layer !== '' || !/^\d{1,2}$/.test(p.sub) || Number(p.sub) > MAX_STEP) continue;
    if (parameterOf(table, ctx, p.base, null) === undefined) continue;
    byBase.set(p.base, [...(byBase.get(p.base) ?? []), { key, base: p.base, sub: null, step: Number(p.sub) }]);
  }
  for (const names of byBase.values()) {
    if (!names.some((n) => n.step === 0)) continue;
    if (printedAgreement(ctx, (key) => idOf(table, ctx, names.find((n) => n.key === key), 0)) === 0) continue;
    for (const n of names) table.bind(n.key, { id: idOf(table, ctx, n, 0)!, rule: 'iteration' });
  }
}

/** θ^{(2)} itself, the vector: a loss written of it (J(θ^{(2)})) is the loss after that many steps (callQuantity). */
function bindVector(table: BindingTable, key: string, step: number): void {
  table.bind(key, { refused: `the parameters after ${step} step${step === 1 ? '' : 's'} of gradient descent, read entry by entry`, rule: 'iteration' });
}

/** The number of steps a vector key stands for, when the iteration rule read it so. */
export function stepsOf(table: BindingTable, key: string): number | undefined {
  const layer = parseCanonicalKey(key).layer;
  return table.get(key)?.rule === 'iteration' && /^\d+$/.test(layer) ? Number(layer) : undefined;
}

function counted(key: string): Counted | undefined {
  const p = parseCanonicalKey(key);
  if (p.marks.length > 0 || !/^\d?$/.test(p.sub) || !/^\d{1,2}$/.test(p.layer) || Number(p.layer) > MAX_STEP) return undefined;
  return { key, base: p.base, sub: p.sub === '' ? null : Number(p.sub), step: Number(p.layer) };
}

/** The trainable parameter node θ_j names (bound by an earlier rule), if any. */
function parameterOf(table: BindingTable, ctx: RuleContext, base: string, sub: number | null): string | undefined {
  if (sub !== null && sub < 0) return undefined;
  const ref = parseQuantityId(table.idOf(canonicalKey({ base, sub: sub === null ? '' : String(sub), marks: [], layer: '' })) ?? '');
  const node = ref?.kind === 'value' ? ctx.net.graph.nodes.get(ref.node) : undefined;
  return node?.kind === 'param' && node.trainable ? node.id : undefined;
}

function idOf(table: BindingTable, ctx: RuleContext, n: Counted | undefined, offset: number): string | undefined {
  const param = n && parameterOf(table, ctx, n.base, n.sub === null ? null : n.sub + offset);
  if (param === undefined) return undefined;
  return n!.step === 0 ? qid.value(param) : ctx.net.inRounds(qid.value(param), n!.step);
}

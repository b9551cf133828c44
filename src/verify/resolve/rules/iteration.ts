// Rule iteration: θ^{(k)}, w^{(k)} — a parameter named in full by its subscript (θ_1 → theta1), with a step counter
// as superscript — is that parameter after k steps of gradient descent: θ^{(0)} the start, θ^{(1)} after one update.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { canonicalKey, parseCanonicalKey } from '../../read/canonicalName.js';
import { printedAgreement } from '../agreement.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';

interface Counted { key: string; base: string; sub: number; step: number }

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
    for (const [base, names] of byBase) {
      // a superscript is a step, not a layer, where the network has one layer of weights or the page counts from 0
      if (ctx.net.graph.layers.length > 1 && !names.some((n) => n.step === 0)) continue;
      // θ^{(1)} printed as a vector names its entries from 1 (θ_1 … θ_3) on a page whose θ_0 is the intercept
      const offsets = [0, -1].filter((o) => names.every((n) => parameterOf(table, ctx, base, n.sub + o) !== undefined));
      const scored = offsets.map((o) => ({ o, score: printedAgreement(ctx, (key) => idOf(table, ctx, names.find((n) => n.key === key), o)) }));
      // where nothing printed tells the two apart, the entries are named as written
      const best = scored.reduce<{ o: number; score: number } | undefined>((b, x) => (!b || x.score > b.score ? x : b), undefined);
      if (!best || scored.some((x) => x !== best && x.score === best.score && best.score > 0)) continue;
      for (const n of names) table.bind(n.key, { id: idOf(table, ctx, n, best.o)!, rule: 'iteration' });
      for (const step of new Set(names.map((n) => n.step))) bindVector(table, canonicalKey({ base, sub: '', marks: [], layer: String(step) }), step);
    }
  },
};

/** θ^{(2)} itself, the vector: a loss written of it (J(θ^{(2)})) is the loss after that many steps (callQuantity). */
function bindVector(table: BindingTable, key: string, step: number): void {
  table.bind(key, { refused: `the parameters after ${step} step${step === 1 ? '' : 's'} of gradient descent, read entry by entry`, rule: 'iteration' });
}

/** The number of steps a vector key stands for, when the iteration rule read it so. */
export function stepsOf(table: BindingTable, key: string): number | undefined {
  const b = table.get(key);
  if (!b || b.rule !== 'iteration' || !('refused' in b)) return undefined;
  return Number(parseCanonicalKey(key).layer);
}

function counted(key: string): Counted | undefined {
  const p = parseCanonicalKey(key);
  if (p.marks.length > 0 || !/^\d$/.test(p.sub) || !/^\d{1,2}$/.test(p.layer) || Number(p.layer) > MAX_STEP) return undefined;
  return { key, base: p.base, sub: Number(p.sub), step: Number(p.layer) };
}

/** The trainable parameter node θ_j names (bound by an earlier rule), if any. */
function parameterOf(table: BindingTable, ctx: RuleContext, base: string, sub: number): string | undefined {
  if (sub < 0) return undefined;
  const ref = parseQuantityId(table.idOf(canonicalKey({ base, sub: String(sub), marks: [], layer: '' })) ?? '');
  const node = ref?.kind === 'value' ? ctx.net.graph.nodes.get(ref.node) : undefined;
  return node?.kind === 'param' && node.trainable ? node.id : undefined;
}

function idOf(table: BindingTable, ctx: RuleContext, n: Counted | undefined, offset: number): string | undefined {
  const param = n && parameterOf(table, ctx, n.base, n.sub + offset);
  if (param === undefined) return undefined;
  return n!.step === 0 ? qid.value(param) : ctx.net.inRounds(qid.value(param), n!.step);
}

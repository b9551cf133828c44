// Rule listed-weights: a row of numbers a label calls the weights (weights_k, as labelRows reads it) lists every weight of the network in one order — the file's, unit by unit, or input by input — the one under which the printed weights hold.
import { qid } from '../../../derive/quantityRef.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import { familySupport } from '../agreement.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { layersOf } from './layerMatrix.js';

/**
 * weights_k is the k-th weight in the order under which the row's printed values hold (one may be a slip), where the
 * row has as many entries as the network has weights and no other order fits as well; the updated weights and the
 * gradients of the same family (weights_k^{new}, ∂loss/∂weights_k) follow through update-word and
 * derivative-of-names.
 */
export const listedWeights: NameRule = {
  name: 'listed-weights',
  apply(table, ctx) {
    const keys = [...ctx.read.names].filter((key) => entryOf(key) !== undefined && !table.has(key));
    if (keys.length < 2) return;
    const scored = weightOrders(ctx).map((order) => {
      const names = keys.flatMap((key) => (order.length === keys.length && order[entryOf(key)! - 1] ? [[key, qid.value(order[entryOf(key)! - 1]!)] as [string, string]] : []));
      return { names, score: names.length === keys.length ? familySupport(ctx, names) : -Infinity };
    }).sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    // at most one printed weight fails; an order that reads every entry alike is no rival
    if (!best || best.score < keys.length - 2 || (next && next.score === best.score && !sameReading(best.names, next.names))) return;
    for (const [key, id] of best.names) table.bind(key, { id, rule: 'listed-weights' });
  },
};

/** weights_3 → 3; anything else undefined. */
function entryOf(key: string): number | undefined {
  const p = parseCanonicalKey(key);
  return p.base === 'weights' && /^\d+$/.test(p.sub) && p.marks.length === 0 && p.layer === '' ? Number(p.sub) : undefined;
}

/** The network's weights in the orders a page lists them: as the file declares them, unit by unit, input by input (layer by layer). */
function weightOrders(ctx: RuleContext): string[][] {
  const layers = layersOf(ctx);
  const byUnit = layers.flatMap((l) => l.weights.flat());
  const bySource = layers.flatMap((l) => (l.weights[0] ?? []).flatMap((_, k) => l.weights.map((row) => row[k]!)));
  const weights = new Set(byUnit);
  const declared = ctx.net.graph.trainable.filter((id) => weights.has(id));
  return [declared, byUnit, bySource].filter((order) => order.length === byUnit.length && order.length > 0);
}

function sameReading(a: readonly [string, string][], b: readonly [string, string][]): boolean {
  return a.every(([key, id], k) => b[k]?.[0] === key && b[k]?.[1] === id);
}

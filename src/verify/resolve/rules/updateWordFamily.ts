// Rule update-word, for a letter the network numbers (w_{viejo}, w_{nuevo} beside w_1, w_2): the one parameter of that letter whose values make the page's statements over the marked names hold.
import { qid } from '../../../derive/quantityRef.js';
import { nodeKey } from '../../read/canonicalName.js';
import { chainsOf } from '../../read/readDocument.js';
import { evaluateSide } from '../evaluateSide.js';
import { createLookup } from '../lookup.js';
import { reproducesValue } from '../agreement.js';
import type { BindingTable } from '../bindingTable.js';
import type { RuleContext } from '../nameRule.js';

/** A marked name the page writes: its key, its letter and whether it is the value after the update. */
export interface MarkedName {
  key: string;
  base: string;
  after: boolean;
}

/**
 * Binds each letter's marked names (old → w, new → w⁺) to the one trained parameter named `letter_…` under which
 * some statement over them holds (w_{nuevo} = w_{viejo} − η v_1; w_{viejo} = 0.3) and under which no formula fails.
 */
export function bindMarkedFamily(table: BindingTable, ctx: RuleContext, marked: readonly MarkedName[]): void {
  const d = ctx.net.doc.derivation;
  for (const base of new Set(marked.map((m) => m.base))) {
    if (table.has(base)) continue;
    const names = marked.filter((m) => m.base === base && !table.has(m.key));
    const candidates = d.graph.trainable.filter((p) => ctx.nodeKey(p)?.startsWith(`${base}_`) && d.quantities.has(qid.update(p)));
    const scored = candidates.map((p) => ({ p, score: agreement(table, ctx, new Map(names.map((m) => [m.key, m.after ? qid.update(p) : qid.value(p)]))) }));
    const holding = scored.filter((s) => s.score > 0);
    if (holding.length !== 1) continue;
    for (const m of names) table.bind(m.key, { id: m.after ? qid.update(holding[0]!.p) : qid.value(holding[0]!.p), rule: 'update-word' });
  }
}

/** How many statements with a marked name hold under `assign`; none where a formula over names fails. */
function agreement(table: BindingTable, ctx: RuleContext, assign: ReadonlyMap<string, string>): number {
  const at = (id: string): number | undefined => ctx.net.valueOf(id);
  const lookup = createLookup(table, at, ctx.net.units, assign);
  let score = 0;
  for (const chain of chainsOf(ctx.read)) {
    const key = nodeKey(chain.sides[0]!.node);
    const id = key === null ? undefined : assign.get(key);
    const value = id === undefined ? undefined : at(id);
    if (value === undefined) continue;
    for (const side of chain.sides.slice(1)) {
      if (side.blank) continue;
      const own = evaluateSide(side.node, lookup);
      if (own.value === undefined || (own.names === 0 && side.numbers.length !== 1)) continue;
      // a formula over names holds exactly or the reading is wrong; a number printed may be a slip of the page's
      if (own.names > 0 && Math.abs(own.value - value) > 1e-9 * Math.max(1e-12, Math.abs(value))) return 0;
      if (own.names > 0 || reproducesValue(side, side.numbers[0]!.value, value)) score++;
    }
  }
  return score;
}

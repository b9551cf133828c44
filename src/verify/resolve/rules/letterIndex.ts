// Rule letter-index: a family the network file names by capital letters (zA, zB, zC; units pA, pB, pC) is the page's
// family numbered 1, 2, 3 (z_1, z_2, z_3; p_1, p_2, p_3): the classes A, B, C counted in the file's own order.
import { isQuantity } from '../bindingTable.js';
import { familySupport } from '../agreement.js';
import type { NameRule } from '../nameRule.js';
import { engineKeys } from './engineName.js';

/** Lower-case letters, then one capital that tells the member: zA, pB. */
const LETTERED = /^([a-z]+)([A-Z])$/;

/**
 * Bound only where the network's letters run A, B, C, … with none missing, the page writes two members at least by
 * number, and the page's printed values for the numbered names hold more often than not (a class counted in another
 * order then fails, and nothing is bound).
 */
export const letterIndex: NameRule = {
  name: 'letter-index',
  apply(table, ctx) {
    const known: [string, string][] = [...engineKeys(ctx.net.doc), ...[...table.entries()].flatMap(([k, b]): [string, string][] => (isQuantity(b) ? [[k, b.id]] : []))];
    const found: [string, string][] = [];
    for (const [stem, members] of families(known)) {
      if (![...members.keys()].every((letter, k) => letter === k)) continue;
      for (const [k, id] of members) {
        const key = `${stem}_${k + 1}`;
        if (ctx.read.names.has(key) && !table.has(key)) found.push([key, id]);
      }
    }
    if (found.length < 2 || familySupport(ctx, found) <= 0) return;
    for (const [key, id] of found) table.bind(key, { id, rule: 'letter-index' });
  },
};

/** Lettered keys by stem, each member by its letter's place (A = 0), in order; a key bound twice keeps its first. */
function families(known: readonly [string, string][]): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  for (const [key, id] of known) {
    const m = LETTERED.exec(key);
    if (!m) continue;
    const members = out.get(m[1]!) ?? out.set(m[1]!, new Map()).get(m[1]!)!;
    const place = m[2]!.charCodeAt(0) - 65;
    if (!members.has(place)) members.set(place, id);
  }
  for (const [stem, members] of out) out.set(stem, new Map([...members].sort((a, b) => a[0] - b[0])));
  return out;
}

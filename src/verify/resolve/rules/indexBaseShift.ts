// Rule index-base: a family of names the page counts from 0 where the network counts from 1 (x_0, x_1 for inputs x1,
// x2), or from 1 where the network counts from 0 (a printed x = [16, -6] read as x_1, x_2 for inputs x0, x1), is the
// network's family shifted by one, so a clash of index conventions never reads as a run of wrong numbers.
import { canonicalKey, parseCanonicalKey } from '../../read/canonicalName.js';
import type { NameRule } from '../nameRule.js';
import { engineKeys } from './engineName.js';

/** A family's key (x, b^(1)) → its members by index (0 → x_0). */
type Families = Map<string, Map<number, string>>;

export const indexBase: NameRule = {
  name: 'index-base',
  apply(table, { net, read }) {
    const network = new Map<string, string>(engineKeys(net.doc));
    const theirs = families(network.keys());
    for (const [family, mine] of families(read.names)) {
      const shift = shiftOf([...mine.keys()], [...(theirs.get(family)?.keys() ?? [])]);
      if (shift === 0) continue;
      for (const [k, key] of mine) {
        const id = network.get(theirs.get(family)!.get(k + shift)!);
        if (id !== undefined && table.get(key) === undefined) table.bind(key, { id, rule: 'index-base' });
      }
    }
  },
};

/** Names with one whole-number index and no marks, by the rest of their name. */
function families(keys: Iterable<string>): Families {
  const out: Families = new Map();
  for (const key of keys) {
    const p = parseCanonicalKey(key);
    if (p.marks.length > 0 || !/^\d+$/.test(p.sub)) continue;
    const family = canonicalKey({ ...p, sub: '' });
    if (!out.has(family)) out.set(family, new Map());
    out.get(family)!.set(Number(p.sub), key);
  }
  return out;
}

/**
 * +1 where the page writes index 0, the network has none, and every index the page writes is one below the network's;
 * −1 where the network has index 0, the page none, and the page's highest index is one past the network's; else 0.
 */
export function shiftOf(mine: readonly number[], theirs: readonly number[]): -1 | 0 | 1 {
  if (mine.length === 0 || theirs.length < 2) return 0;
  const has = new Set(theirs);
  if (mine.includes(0) && !has.has(0) && mine.every((k) => has.has(k + 1))) return 1;
  if (has.has(0) && !mine.includes(0) && Math.max(...mine) === Math.max(...theirs) + 1 && mine.every((k) => has.has(k - 1))) return -1;
  return 0;
}

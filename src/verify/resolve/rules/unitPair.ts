// Rule unit-pair: a weight named by the two units it joins (W_{i1j1}, w_{h2o1}, w_{o1h2}) is the one weight between them, whichever unit is written first.
import { qid } from '../../../derive/quantityRef.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { layersOf } from './layerMatrix.js';

/** The letters a page writes a weight with. */
const WEIGHT_LETTERS = new Set(['W', 'w']);

/** A unit's name as the pair reads it: letters then digits (i1, h2, o10); a name of digits alone (1, 12) is an index, not a unit. */
const UNIT = /^[A-Za-z]+\d+$/;

export const unitPair: NameRule = {
  name: 'unit-pair',
  apply(table, ctx) {
    const pairs = weightsByPair(ctx);
    if (pairs.size === 0) return;
    for (const key of ctx.read.names) {
      const p = parseCanonicalKey(key);
      if (!WEIGHT_LETTERS.has(p.base) || p.layer !== '' || table.has(key)) continue;
      // ^{+}: the weight after the update
      if (p.marks.length > 1 || (p.marks.length === 1 && p.marks[0] !== 'plus')) continue;
      const weight = weightOf(pairs, p.sub);
      if (weight !== undefined) table.bind(key, { id: p.marks.length === 0 ? qid.value(weight) : qid.update(weight), rule: 'unit-pair' });
    }
  },
};

/** "i1 j1" (either order) → the weight joining them, for every weight of a dense layered network whose units have such names. */
function weightsByPair(ctx: RuleContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const layer of layersOf(ctx)) {
    layer.units[0]!.forEach((unit, j) => {
      layer.sources[0]!.forEach((source, k) => {
        const from = source.replace(/^out_/, '');
        if (!UNIT.test(unit) || !UNIT.test(from)) return;
        out.set(`${from} ${unit}`, layer.weights[j]![k]!);
        out.set(`${unit} ${from}`, layer.weights[j]![k]!);
      });
    });
  }
  return out;
}

/** The one weight a subscript written as two unit names in a row names; undefined where no split, or two, name one. */
function weightOf(pairs: ReadonlyMap<string, string>, sub: string): string | undefined {
  const found = new Set<string>();
  for (let cut = 1; cut < sub.length; cut++) {
    const weight = pairs.get(`${sub.slice(0, cut)} ${sub.slice(cut)}`);
    if (weight !== undefined) found.add(weight);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

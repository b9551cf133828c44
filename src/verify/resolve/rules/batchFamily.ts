// Rule batch-family: in a derivation over a batch, a letter with matrix indices and an optional layer tag (E^{(o)}_{2}, \delta^{(H)}_{31}, D_{4}, T_{3}) is one per-unit quantity in every example; which quantity, of which layer, with the examples as rows or as columns, its printed values decide (a handout's E = T − Y, D = 1 − Y², δ = E ∘ D).
import { parseCanonicalKey } from '../../read/canonicalName.js';
import type { NameRule } from '../nameRule.js';
import { READINGS, agrees, printedAlone, unboundFamilies, unitsOf, type Unit } from './familyReadings.js';

/** A layer's units, example by example: units[(example − 1) · perExample + unit − 1] (compileNetwork's order). */
type Layer = readonly (Unit | undefined)[];

export const batchFamily: NameRule = {
  name: 'batch-family',
  apply(table, ctx) {
    const graph = ctx.net.graph;
    const examples = graph.examples ?? 1;
    if (examples < 2) return;
    const units = unitsOf(ctx);
    const layers: Layer[] = graph.layers.map((layer, l) => layer.map((u) => (l === 0 ? { activation: u } : units.get(u))));
    // names of one letter and layer tag with one or two digits for indices and no marks
    const families = unboundFamilies(table, ctx, (p) => (p.marks.length === 0 && /^[A-Za-z]+$/.test(p.base) && /^\d\d?$/.test(p.sub) ? `${p.base}^${p.layer}` : undefined));
    for (const members of families.values()) {
      const printed = printedAlone(ctx, members);
      const fits: ((key: string) => string | undefined)[] = [];
      for (const layer of layers) {
        for (const rows of [true, false]) {
          for (const r of READINGS) {
            const idOf = (key: string): string | undefined => {
              const unit = entryOf(key, layer, examples, rows);
              return unit && r(unit);
            };
            if (members.every((key) => idOf(key) !== undefined) && agrees(ctx, printed, idOf)) fits.push(idOf);
          }
        }
      }
      // a one-unit layer or a square matrix may read the same either way: what matters is that one set of quantities fits
      const distinct = new Set(fits.map((idOf) => members.map(idOf).join('|')));
      if (distinct.size !== 1) continue;
      for (const key of members) table.bind(key, { id: fits[0]!(key)!, rule: 'batch-family' });
    }
  },
};

/**
 * The unit an entry names: two indices are (example, unit) with the examples as rows, (unit, example) as columns; one
 * index runs along the examples of a one-unit layer. Undefined where the layer has no such entry.
 */
function entryOf(key: string, layer: Layer, examples: number, rows: boolean): Unit | undefined {
  const sub = parseCanonicalKey(key).sub;
  const perExample = layer.length / examples;
  const [first, second] = [Number(sub[0]), sub.length === 2 ? Number(sub[1]) : null];
  if (second === null && !rows) return undefined;
  const [example, unit] = second === null ? (perExample === 1 ? [first, 1] : [0, 0]) : rows ? [first, second] : [second, first];
  if (unit < 1 || unit > perExample || example < 1 || example > examples) return undefined;
  return layer[(example - 1) * perExample + unit - 1];
}

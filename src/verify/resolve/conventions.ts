// The readings a document's layer-indexed letters may follow: which of a and z is the net input, whether the inputs
// are layer 0 or 1, and which layer the first weight matrix is, its row order and its bias column.
import type { BindingTable } from './bindingTable.js';
import { describeReading, type UnitReading } from './readingLabel.js';
import type { RuleContext } from './nameRule.js';
import { idOf as unitIdOf, layerName, type LayerName } from './rules/layerIndex.js';
import { READINGS, idOf as paramIdOf, layersOf, paramName, type ParamName, type Reading } from './rules/layerMatrix.js';

/** The generic letters with a layer mark a document writes: a, z, δ of a unit; w, W, Θ, b of a layer. */
export interface GenericNames { units: LayerName[]; params: ParamName[] }

/** One reading: its description for --explain and the quantity it gives each generic name (undefined: none). */
export interface ConventionReading { label: string; assign: Map<string, string | undefined> }

/** Rules whose bindings of these letters are conventions to check: the network's own names and the layer rules. */
const CHECKED = new Set(['engine-name', 'layer-index', 'layer-matrix']);

/** The document's generic names that no pin or other rule has read otherwise. */
export function genericNames(table: BindingTable, ctx: RuleContext): GenericNames {
  const open = (key: string): boolean => { const b = table.get(key); return b === undefined || CHECKED.has(b.rule); };
  const keys = [...ctx.read.names].filter(open);
  const units = keys.map(layerName).filter((n): n is LayerName => n !== undefined);
  const params = layersOf(ctx).length === 0 ? [] : keys.map(paramName).filter((n): n is ParamName => n !== undefined);
  return { units, params };
}

const UNIT_READINGS: readonly UnitReading[] = [
  { offset: 1, swap: false }, { offset: 0, swap: false }, { offset: 1, swap: true }, { offset: 0, swap: true },
];

/** Every reading under which each name has a quantity (a bias vector b^{(l)} may have none), distinct in what it binds. */
export function conventionReadings(ctx: RuleContext, names: GenericNames): ConventionReading[] {
  const layers = names.params.length > 0 ? layersOf(ctx) : [];
  const units = names.units.length > 0 ? UNIT_READINGS : [undefined];
  const params: readonly (Reading | undefined)[] = names.params.length > 0 ? READINGS : [undefined];
  const out = new Map<string, ConventionReading>();
  for (const u of units) {
    for (const r of params) {
      const assign = new Map<string, string | undefined>();
      let complete = true;
      for (const n of names.units) {
        const id = u && unitIdOf(ctx, n, u.offset, u.swap);
        complete &&= id !== undefined || n.index === 0;
        assign.set(n.key, id);
      }
      for (const n of names.params) {
        const id = r && paramIdOf(layers, n, r);
        complete &&= id !== undefined || (n.col === null && n.row === 0);
        assign.set(n.key, id);
      }
      const signature = [...assign.values()].join('|');
      if (complete && !out.has(signature)) out.set(signature, { label: describeReading(u, r), assign });
    }
  }
  return [...out.values()];
}

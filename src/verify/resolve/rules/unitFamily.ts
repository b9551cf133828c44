// Rule unit-family: a letter a page puts before units' names or its own labels for units (Err_{o1}, \Delta_{o1}, in_{h1}, E_A) is the one per-unit quantity its printed values are: output, net input, target, loss term, slope, δ or ∂E/∂out, either sign (Russell and Norvig's Δ = −δ, Err = t − out).
import { parseQuantityId } from '../../../derive/quantityRef.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { READINGS, agrees, printedAlone, unboundFamilies, unitsOf, type Reading, type Unit } from './familyReadings.js';

export const unitFamily: NameRule = {
  name: 'unit-family',
  apply(table, ctx) {
    const units = unitsOf(ctx);
    if (units.size < 2) return;
    const unitOf = withAliases(table, ctx, units);
    const reading = (r: Reading, key: string): string | undefined => r(unitOf.get(parseCanonicalKey(key).sub)!);
    // letters subscripted by a unit's name (or label) and nothing else
    const families = unboundFamilies(table, ctx, (p) => (p.layer === '' && p.marks.length === 0 && /^[A-Za-z]+$/.test(p.base) && unitOf.has(p.sub) ? p.base : undefined));
    for (const members of families.values()) {
      const printed = printedAlone(ctx, members);
      const fits = READINGS.filter((r) => agrees(ctx, printed, (key) => reading(r, key)));
      if (fits.length !== 1) continue;
      for (const key of members) {
        const id = reading(fits[0]!, key);
        if (id !== undefined) table.bind(key, { id, rule: 'unit-family' });
      }
    }
  },
};

/**
 * The units by their names, and by the page's own labels for them: a subscript every bound name of which is one unit's
 * quantity (z_A and y_A read as example 1's net input and output: A is that unit, so E_A may be its loss term).
 */
function withAliases(table: BindingTable, ctx: RuleContext, units: ReadonlyMap<string, Unit>): Map<string, Unit> {
  const seen = new Map<string, Set<string>>();
  for (const key of ctx.read.names) {
    const sub = parseCanonicalKey(key).sub;
    const ref = units.has(sub) || sub === '' ? undefined : parseQuantityId(table.idOf(key) ?? '');
    const node = ref && 'node' in ref ? ctx.net.graph.nodes.get(ref.node) : undefined;
    if (ref) (seen.get(sub) ?? seen.set(sub, new Set()).get(sub)!).add(node?.unit !== undefined && units.has(node.unit) ? node.unit : '');
  }
  const out = new Map(units);
  for (const [sub, of] of seen) if (of.size === 1 && !of.has('')) out.set(sub, units.get([...of][0]!)!);
  return out;
}

// Rule unit-family: a letter a page puts before units' names or its own labels for units (Err_{o1}, \Delta_{o1}, in_{h1}, E_A) is the one per-unit quantity its printed values are: output, net input, target, loss term, slope, δ or ∂E/∂out, either sign (Russell and Norvig's Δ = −δ, Err = t − out).
import { formatQuantityId, parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { nodeKey, parseCanonicalKey } from '../../read/canonicalName.js';
import { chainsOf } from '../../read/readDocument.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { onlyNumbers, slipOf } from './printedFit.js';

/** At least this many of the family's printed values must be one reading's, and the rest slips of it. */
const MIN_AGREEING = 2;

/** Units of the last printed place a value may be off and still be the quantity's (rounding carried, a truncation). */
const NEAR = 2;

/** A unit's nodes: its activation, its net input, and its target and loss term where it is an output. */
interface Unit { activation: string; net: string; target?: string; loss?: string }

/** What a unit's quantity is under one reading, if the unit has it. */
type Reading = (u: Unit) => string | undefined;

const negated = (id: string): string => formatQuantityId({ kind: 'negated', of: parseQuantityId(id)! });

const READINGS: readonly Reading[] = [
  (u) => qid.value(u.activation),
  (u) => qid.value(u.net),
  (u) => (u.target === undefined ? undefined : qid.value(u.target)),
  (u) => (u.loss === undefined ? undefined : qid.value(u.loss)),
  (u) => qid.partial(u.activation, u.net),
  (u) => qid.delta(u.net),
  (u) => negated(qid.delta(u.net)),
  (u) => qid.adjoint(u.activation),
  (u) => negated(qid.adjoint(u.activation)),
];

export const unitFamily: NameRule = {
  name: 'unit-family',
  apply(table, ctx) {
    const units = unitsOf(ctx);
    if (units.size < 2) return;
    const unitOf = withAliases(table, ctx, units);
    const reading = (r: Reading, key: string): string | undefined => r(unitOf.get(parseCanonicalKey(key).sub)!);
    for (const members of familiesOf(table, ctx, unitOf).values()) {
      const fits = READINGS.filter((r) => agrees(ctx, members, (key) => reading(r, key)));
      if (fits.length !== 1) continue;
      for (const key of members) {
        const id = reading(fits[0]!, key);
        if (id !== undefined) table.bind(key, { id, rule: 'unit-family' });
      }
    }
  },
};

/** Units with one net input (o1 → its activation, net, target and loss term nodes). */
function unitsOf(ctx: RuleContext): Map<string, Unit> {
  const out = new Map<string, Unit>();
  const [targets, losses] = [new Map<string, string>(), new Map<string, string>()];
  for (const n of ctx.net.graph.nodes.values()) {
    if (n.kind === 'target' && n.unit) targets.set(n.unit, n.id);
    if (n.kind === 'lossTerm' && n.unit) losses.set(n.unit, n.id);
  }
  for (const n of ctx.net.graph.nodes.values()) {
    const sum = n.kind === 'activation' && n.unit && n.parents.length === 1 ? ctx.net.graph.nodes.get(n.parents[0]!) : undefined;
    if (sum?.kind === 'net') out.set(n.unit!, { activation: n.id, net: sum.id, target: targets.get(n.unit!), loss: losses.get(n.unit!) });
  }
  return out;
}

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

/** Unbound names of letters subscripted by a unit's name (or label) and nothing else, by their letters; a family another rule read any of is its. */
function familiesOf(table: BindingTable, ctx: RuleContext, units: ReadonlyMap<string, Unit>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const taken = new Set<string>();
  for (const key of ctx.read.names) {
    const p = parseCanonicalKey(key);
    if (p.layer !== '' || p.marks.length > 0 || !/^[A-Za-z]+$/.test(p.base) || !units.has(p.sub)) continue;
    if (table.has(key)) taken.add(p.base);
    else out.set(p.base, [...(out.get(p.base) ?? []), key]);
  }
  return new Map([...out].filter(([base, members]) => !taken.has(base) && members.length >= MIN_AGREEING));
}

/** At least MIN_AGREEING of the numbers printed alone for the family's names are the reading's values (within NEAR units of their last place), and every other one a slip of it. */
function agrees(ctx: RuleContext, members: readonly string[], idOf: (key: string) => string | undefined): boolean {
  const family = new Set(members);
  let agree = 0;
  for (const chain of chainsOf(ctx.read)) {
    const key = nodeKey(chain.sides[0]!.node);
    if (key === null || !family.has(key)) continue;
    const id = idOf(key);
    const value = id === undefined ? undefined : ctx.net.valueOf(id);
    for (const side of chain.sides.slice(1)) {
      if (side.numbers.length !== 1 || !onlyNumbers(side.node) || value === undefined) continue;
      const printed = side.numbers[0]!;
      // a last digit off (a page's truncation or carried rounding) is still this quantity printed
      if (Math.abs(printed.value - value) <= NEAR * 10 ** -printed.decimals) agree++;
      else if (!slipOf(printed, value) || Math.sign(value) !== Math.sign(printed.value)) return false;
    }
  }
  return agree >= MIN_AGREEING;
}

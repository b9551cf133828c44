// What one unit's quantity is under each reading a page's letter may have (output, net input, target, loss term, slope, δ or ∂E/∂out, either sign), and whether a family of names' printed values agree with one: shared by rules unit-family and batch-family.
import { formatQuantityId, parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { nodeKey, parseCanonicalKey, type NameParts } from '../../read/canonicalName.js';
import type { NumberLiteral } from '../../read/parseLatexMath.js';
import type { BindingTable } from '../bindingTable.js';
import { chainsOf } from '../../read/readDocument.js';
import type { RuleContext } from '../nameRule.js';
import { onlyNumbers, slipOf } from './printedFit.js';

/** At least this many of the family's printed values must be one reading's, and the rest slips of it. */
const MIN_AGREEING = 2;

/** Units of the last printed place a value may be off and still be the quantity's (rounding carried, a truncation). */
const NEAR = 2;

/** A unit's nodes: its activation, its net input (none for an input), and its target and loss term where it is an output. */
export interface Unit { activation: string; net?: string; target?: string; loss?: string }

/** What a unit's quantity is under one reading, if the unit has it. */
export type Reading = (u: Unit) => string | undefined;

const negated = (id: string): string => formatQuantityId({ kind: 'negated', of: parseQuantityId(id)! });

export const READINGS: readonly Reading[] = [
  (u) => qid.value(u.activation),
  (u) => (u.net === undefined ? undefined : qid.value(u.net)),
  (u) => (u.target === undefined ? undefined : qid.value(u.target)),
  (u) => (u.loss === undefined ? undefined : qid.value(u.loss)),
  (u) => (u.net === undefined ? undefined : qid.partial(u.activation, u.net)),
  (u) => (u.net === undefined ? undefined : qid.delta(u.net)),
  (u) => (u.net === undefined ? undefined : negated(qid.delta(u.net))),
  (u) => qid.adjoint(u.activation),
  (u) => negated(qid.adjoint(u.activation)),
];

/** Units with one net input (o1 → its activation, net, target and loss term nodes). */
export function unitsOf(ctx: RuleContext): Map<string, Unit> {
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

/** A number printed alone for one of a family's names (`Err_{o1} = −0.7414`), with that name. */
export interface PrintedAlone { key: string; printed: NumberLiteral }

/** The numbers printed alone for the family's names, found once: each reading is then checked against them. */
export function printedAlone(ctx: RuleContext, members: readonly string[]): PrintedAlone[] {
  const family = new Set(members);
  const out: PrintedAlone[] = [];
  for (const chain of chainsOf(ctx.read)) {
    const key = nodeKey(chain.sides[0]!.node);
    if (key === null || !family.has(key)) continue;
    for (const side of chain.sides.slice(1)) if (side.numbers.length === 1 && onlyNumbers(side.node)) out.push({ key, printed: side.numbers[0]! });
  }
  return out;
}

/** At least MIN_AGREEING of the family's numbers printed alone are the reading's values (within NEAR units of their last place), and every other one a slip of it. */
export function agrees(ctx: RuleContext, printed: readonly PrintedAlone[], idOf: (key: string) => string | undefined): boolean {
  let agree = 0;
  for (const { key, printed: p } of printed) {
    const id = idOf(key);
    const value = id === undefined ? undefined : ctx.net.valueOf(id);
    if (value === undefined) continue;
    // a last digit off (a page's truncation or carried rounding) is still this quantity printed
    if (Math.abs(p.value - value) <= NEAR * 10 ** -p.decimals) agree++;
    else if (!slipOf(p, value) || Math.sign(value) !== Math.sign(p.value)) return false;
  }
  return agree >= MIN_AGREEING;
}

/**
 * Unbound names grouped by the family `familyOf` puts each in (undefined: in none), families of fewer than
 * MIN_AGREEING names left out; a family another rule read any name of is that rule's.
 */
export function unboundFamilies(table: BindingTable, ctx: RuleContext, familyOf: (parts: NameParts) => string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const taken = new Set<string>();
  for (const key of ctx.read.names) {
    const family = familyOf(parseCanonicalKey(key));
    if (family === undefined) continue;
    if (table.has(key)) taken.add(family);
    else out.set(family, [...(out.get(family) ?? []), key]);
  }
  return new Map([...out].filter(([family, members]) => !taken.has(family) && members.length >= MIN_AGREEING));
}

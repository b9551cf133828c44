// How well one reading of a document's names fits the document: the sides of its chains that hold and that fail when
// each name stands for the quantity the reading gives it, and the pairs of names it makes one quantity.
import type { MathChain } from '../read/parseLatexMath.js';
import { parseCanonicalKey, type NameParts } from '../read/canonicalName.js';
import { reproducesValue } from './agreement.js';
import type { BindingTable } from './bindingTable.js';
import { evaluateSide, type Lookup } from './evaluateSide.js';
import { DERIVATIVE, derivativeId } from './inference/derivativeOfNames.js';
import { createLookup } from './lookup.js';
import type { RuleContext } from './nameRule.js';

/** Chains whose sides all hold, chains with a side that fails, and pairs of names read as one quantity. */
export interface ReadingScore { for: number; against: number; shared: number }

/** A quantity id no quantity has: a name that means nothing under the reading. */
const NONE = '\u0000none';

/** A chain counts once: for, when every side that has a value here holds; against, when one fails. */
export function scoreReading(table: BindingTable, ctx: RuleContext, chains: readonly MathChain[], reading: ReadonlyMap<string, string | undefined>): ReadingScore {
  const lookup = readingLookup(table, ctx, reading);
  const score: ReadingScore = { for: 0, against: 0, shared: sharedPairs(reading).length };
  for (const chain of chains) {
    const values = chain.sides.map((s) => (s.blank ? { unresolved: [], names: 0 } : evaluateSide(s.node, lookup)));
    const ref = values[0]!.value !== undefined ? 0 : values.findIndex((v) => v.value !== undefined && v.names > 0);
    const compared = values.filter((v, i) => ref >= 0 && i !== ref && v.value !== undefined);
    if (compared.length === 0) continue;
    const fails = values.some((v, i) => compared.includes(v) && !holds(chain.sides[i]!, v.value!, values[ref]!.value!));
    if (fails) score.against++;
    else score.for++;
  }
  return score;
}

/** A side at its printed precision or within 1 % (a page's rounding carried along), a formula to 1e-9. */
function holds(side: MathChain['sides'][number], value: number, target: number): boolean {
  return reproducesValue(side, value, target) || (side.numbers.length > 0 && Math.abs(value - target) <= 0.01 * Math.abs(target));
}

/**
 * Pairs of names bound to one quantity that the notation keeps apart: one letter and index in two layers
 * (w_{11}^{(1)} and w_{11}^{(2)}), or a and z of one unit beyond the inputs. A vector and its one entry (b^{[2]} and
 * b_1^{[2]}) may be one quantity.
 */
export function sharedPairs(reading: ReadonlyMap<string, string | undefined>): [string, string][] {
  const named = [...reading].filter(([, id]) => id !== undefined).map(([key, id]) => ({ key, id, p: parseCanonicalKey(key) }));
  const pairs: [string, string][] = [];
  named.forEach((x, i) => {
    for (const y of named.slice(i + 1)) if (x.id === y.id && keptApart(x.p, y.p)) pairs.push([x.key, y.key]);
  });
  return pairs;
}

function keptApart(x: NameParts, y: NameParts): boolean {
  if (x.sub !== y.sub || x.sub === '' || x.marks.join() !== y.marks.join()) return false;
  if (x.base === y.base) return x.layer !== y.layer;
  return x.layer === y.layer && x.layer !== '0' && UNIT_LETTERS.has(x.base) && UNIT_LETTERS.has(y.base);
}

const UNIT_LETTERS = new Set(['a', 'z']);

/** The table's values with the reading's names in place, and a derivative of them as the network's derivative of what they are. */
function readingLookup(table: BindingTable, ctx: RuleContext, reading: ReadonlyMap<string, string | undefined>): Lookup {
  const assign = new Map([...reading].map(([k, id]) => [k, id ?? NONE]));
  const at = (id: string): number | undefined => (id === NONE ? undefined : ctx.net.valueOf(id));
  const base = createLookup(table, at, ctx.net.units, assign);
  const idOf = (key: string): string | undefined => (assign.has(key) ? assign.get(key) : table.idOf(key));
  return {
    ...base,
    value: (key) => {
      const m = DERIVATIVE.exec(key);
      if (!m || (!assign.has(m[1]!) && !assign.has(m[2]!))) return base.value(key);
      const id = derivativeId(ctx.net, idOf(m[1]!), idOf(m[2]!));
      return id === undefined ? undefined : ctx.net.valueOf(id);
    },
  };
}

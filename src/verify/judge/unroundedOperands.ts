// What a side of arithmetic comes to with its rounded numbers as they were before rounding, where the document says so: the quantity a number was printed for, its own unrounded result.
import type { MathSide } from '../read/parseLatexMath.js';
import type { NumberLiteral } from '../read/mathCursor.js';
import type { NetworkView } from '../network/networkView.js';
import type { DocumentMemory, Origin } from './memory.js';
import { isRounded, roundingRange } from './roundingSlack.js';
import { finiteValue } from '../../util/mathNodes.js';
import { ConstantNode, type MathNode } from '../../util/mathjs.js';
import { atDecimals, significantDigits } from './verdict.js';

export interface UnroundedArithmetic {
  /** The side's value with every rounded number at the exact value of the quantity it is (when each is one). */
  exact?: number;
  /** The side's value with every rounded number at the unrounded result the document printed it from (when each is one). */
  own?: number;
  /** The values the side can take with each rounded number between its printed and its known unrounded values (half a unit either way where none is known). */
  range?: { lo: number; hi: number };
  /** The same with a rounded number whose unrounded value is not known kept at its printed value. */
  knownRange?: { lo: number; hi: number };
}

/**
 * Whether x is the printed number itself, not a value that rounds to it: equal far below the last printed place
 * (−0.8 − 1.1 = −1.9000000000000001 prints −1.9 exactly; σ(1.105905967) = 0.75136506954 printed 0.75136507 is rounded,
 * though within 1e-9 of it).
 */
function printedExactly(literal: NumberLiteral, x: number): boolean {
  return Math.abs(x - literal.value) <= 1e-3 * 10 ** -literal.decimals + 1e-15 * Math.max(1, Math.abs(x));
}

/** A number stands for one quantity by its digits alone only with three significant digits or more (0.5 could be many). */
const MIN_DIGITS = 3;

/**
 * The side's arithmetic with its numbers unrounded: 0.04252 × 0.23201 = 0.0098651 prints 0.00987, but the quantities
 * printed there (0.0425173 and 0.2320076) give 0.0098643, which prints 0.00986; and (1 − 0.5866)(0.5866)(1 − 0.5866)
 * with y = 0.586618 (the 0.5866 printed for y) lies between 0.100244 and 0.100250, so 0.1003 is no rounding of it.
 */
export function unroundedArithmetic(side: MathSide, memory: DocumentMemory, quantityValue: (literal: NumberLiteral) => number | undefined, given: ReadonlySet<number>): UnroundedArithmetic {
  const known = new Map<NumberLiteral, { exact?: number; unrounded: number[] }>();
  for (const literal of side.numbers) {
    if (!isRounded(literal, given)) continue;
    const origin = originOf(literal.text, memory);
    // −1.9 printed before as the exact result of −0.8 − 1.1, or 7.1 printed for a net that is exactly 7.1: as printed,
    // it was not rounded (two digits suffice; one, as in 0.5, could be any number's)
    const before = origin === undefined ? [] : [...origin.unrounded, ...(origin.exact === undefined ? [] : [origin.exact])];
    if (significantDigits(literal.text) >= 2 && before.some((x) => printedExactly(literal, x))) {
      known.set(literal, { unrounded: [literal.value] });
      continue;
    }
    if (significantDigits(literal.text) < MIN_DIGITS) continue;
    const exact = origin?.exact ?? quantityValue(literal);
    const unrounded = [...(origin?.unrounded ?? []), ...(exact === undefined ? [] : [exact])].filter((x) => roundsTo(literal, x));
    if (unrounded.length > 0) known.set(literal, { ...(exact !== undefined && roundsTo(literal, exact) ? { exact } : {}), unrounded });
  }
  const offsets = (literal: NumberLiteral): [number, number] | undefined => {
    const k = known.get(literal);
    if (!k) return undefined;
    const moved = k.unrounded.map((x) => x - literal.value);
    return [Math.min(0, ...moved), Math.max(0, ...moved)];
  };
  const range = roundingRange(side.node, side.numbers, given, offsets);
  const knownRange = known.size === 0 ? undefined : roundingRange(side.node, side.numbers, given, (literal) => offsets(literal) ?? [0, 0]);
  const rounded = side.numbers.filter((n) => isRounded(n, given));
  const all = (pick: (k: { exact?: number; unrounded: number[] }) => number | undefined): number | undefined => {
    const values = new Map<NumberLiteral, number>();
    for (const n of rounded) {
      const k = known.get(n);
      const x = k === undefined ? undefined : pick(k);
      if (x === undefined) return undefined;
      values.set(n, x);
    }
    return rounded.length === 0 ? undefined : valueWith(side, values);
  };
  return { exact: all((k) => k.exact), own: all((k) => k.unrounded[0]), ...(range ? { range } : {}), ...(knownRange ? { knownRange } : {}) };
}

/** Where a printed number came from, also for its negation written in an exponent or a difference (e^{−7.1} after 7.1). */
function originOf(text: string, memory: DocumentMemory): Origin | undefined {
  const own = memory.originOf(text);
  if (own || !text.startsWith('-')) return own;
  const plain = memory.originOf(text.slice(1));
  const flip = (x: number | undefined): number | undefined => (x === undefined ? undefined : -x);
  return plain && { ...plain, unrounded: plain.unrounded.map((x) => -x), ...(plain.exact === undefined ? {} : { exact: flip(plain.exact) }), ...(plain.stands === undefined ? {} : { stands: flip(plain.stands) }) };
}

/**
 * The side's value with every rounded number at the exact value of the quantity the document printed it for earlier
 * and found right there (0.2 + 0.08870 with 0.08870 printed for Δw_2 = 0.0887235 comes to 0.2887235); undefined when
 * a rounded number was not printed so, or has too few digits to stand for one quantity, or none is rounded.
 */
export function standsForValue(side: MathSide, memory: DocumentMemory, given: ReadonlySet<number>): number | undefined {
  const values = new Map<NumberLiteral, number>();
  for (const literal of side.numbers) {
    if (!isRounded(literal, given)) continue;
    const stands = significantDigits(literal.text) < MIN_DIGITS ? undefined : memory.originOf(literal.text)?.stands;
    if (stands === undefined) return undefined;
    values.set(literal, stands);
  }
  return values.size === 0 ? undefined : valueWith(side, values);
}

/** The one value among the network's quantities that prints as `literal` (three significant digits or more), if one. */
export function createQuantityValues(net: NetworkView): (literal: NumberLiteral) => number | undefined {
  let sorted: number[] | undefined;
  return (literal) => {
    sorted ??= net.doc.valuation.evaluation.program.ids.flatMap((id) => {
      const x = net.valueOf(id);
      return x === undefined ? [] : [x];
    }).sort((a, b) => a - b);
    const half = 0.5 * 10 ** -literal.decimals;
    let i = lowerBound(sorted, literal.value - half);
    const found: number[] = [];
    for (; i < sorted.length && sorted[i]! <= literal.value + half; i++) if (roundsTo(literal, sorted[i]!)) found.push(sorted[i]!);
    const [first] = found;
    return first !== undefined && found.every((x) => Math.abs(x - first) <= 1e-12 * Math.max(1, Math.abs(x))) ? first : undefined;
  };
}

function lowerBound(xs: readonly number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const roundsTo = (literal: NumberLiteral, x: number): boolean => Number(atDecimals(x, literal.decimals)) === literal.value;

/** The side's value with some of its numbers replaced. */
function valueWith(side: MathSide, values: ReadonlyMap<NumberLiteral, number>): number | undefined {
  const constants = side.node.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== side.numbers.length) return undefined;
  const replaced = new Map<MathNode, number>();
  constants.forEach((c, i) => {
    const x = values.get(side.numbers[i]!);
    if (x !== undefined) replaced.set(c, x);
  });
  return finiteValue(side.node.transform((n) => (replaced.has(n) ? new ConstantNode(replaced.get(n)!) : n)));
}

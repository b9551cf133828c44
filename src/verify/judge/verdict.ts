// The verdict on one printed number, in order of precedence: exact, rounding-propagation, truncation, erratum.
import { formatNumber, type RoundingMode } from '../../evaluate/numberPolicy.js';
import { sameFloat } from '../network/floatEquality.js';

/**
 * exact: the printed string is the exact value rounded to the printed number of decimals.
 * rounding-propagation: it is the value recomputed from the document's own printed, already rounded operands.
 * truncation: it is the exact (or recomputed) value cut off, not rounded.
 * erratum: none of these. not-printed: a blank (?) where the value belongs. unresolved: no value to compare with.
 */
export type Verdict = 'exact' | 'rounding-propagation' | 'truncation' | 'erratum' | 'not-printed' | 'unresolved';

export const VERDICTS: readonly Verdict[] = ['exact', 'rounding-propagation', 'truncation', 'erratum', 'not-printed', 'unresolved'];

export interface NumberVerdict {
  verdict: Verdict;
  /** The exact value at the printed number of decimals. */
  expected: string;
}

/** Digits after the decimal point as printed: "0.40" → 2, "-0.0190" → 4, "5" → 0. */
export function printedDecimals(printed: string): number {
  const dot = printed.indexOf('.');
  return dot < 0 ? 0 : printed.length - dot - 1;
}

/** `x` printed at `decimals` decimals, keeping trailing zeros. */
export function atDecimals(x: number, decimals: number, rounding: RoundingMode = 'half-up'): string {
  const slot = Number.isInteger(decimals) && decimals >= 0 && decimals <= 40 ? decimals * 3 + ROUNDINGS[rounding] : -1;
  if (slot < 0) return formatAt(x, decimals, rounding);
  const texts = (printedAt[slot] ??= new Map());
  let text = texts.get(x);
  if (text === undefined) {
    if (kept >= MAX_KEPT) {
      for (const m of printedAt) m?.clear();
      kept = 0;
    }
    kept++;
    texts.set(x, (text = formatAt(x, decimals, rounding)));
  }
  return text;
}

const formatAt = (x: number, decimals: number, rounding: RoundingMode): string => formatNumber(x, { decimals, rounding, trimZeros: false, hand: false, exactPlaces: true });

/**
 * Each value's text at each precision and rounding, kept (up to MAX_KEPT in all): verify prints the same two thousand
 * values some twelve thousand times on the 4-12-12-3 derivation (each judged, and each pairing of a number with a
 * quantity). 0 and −0 print alike, so a Map's key equality is the one wanted.
 */
const printedAt: (Map<number, string> | undefined)[] = [];
const ROUNDINGS: Readonly<Record<RoundingMode, number>> = { 'half-up': 0, 'half-even': 1, truncate: 2 };
const MAX_KEPT = 100_000;
let kept = 0;

/** Values recomputed from the document's own rounded numbers: by rounding each step (`rounded`) or by cutting it off (`truncated`). */
export interface Propagated {
  rounded?: readonly number[];
  truncated?: readonly number[];
  /** What a float64 program coding the printed formulas gives (out(1 − out) near 1 loses digits): exact at 12 digits or more. */
  floats?: readonly number[];
}

/**
 * Judges a printed number against the exact value and the values recomputed from the document's own
 * rounded operands (its arithmetic for the same quantity, or a hand calculation at its precision).
 */
export function judgeNumber(printed: string, exact: number, propagated: Propagated = {}): NumberVerdict {
  const decimals = printedDecimals(printed);
  const shown = Number(printed);
  // Printed with all the digits of a double (0.9999998874648379, as Python prints it): the last ones are floating-point
  // noise of the order of evaluation, so the number is judged to 1e-11 relative instead of at its decimals.
  const digits = significantDigits(printed);
  const full = digits >= 16;
  const is = (x: number, rounding: RoundingMode): boolean => (full
    ? Math.abs(shown - x) <= 1e-11 * Math.abs(x)
    : Number(atDecimals(x, decimals, rounding)) === shown && wholeNumberFits(decimals, shown, x) && wholeNumberFits(decimals, shown, exact));
  // 1 printed for 0.56 is shown as expected 0.6, not as the 1 it also rounds to.
  const expectedAt = decimals === 0 && Math.abs(exact) < 1 && !wholeNumberFits(0, shown, exact) ? 1 : decimals;
  const expected = atDecimals(exact, expectedAt);
  // the exact value at the printed decimals is `expected` (formatted once, not again for the comparison)
  const exactIs = full || expectedAt !== decimals ? is(exact, 'half-up') : Number(expected) === shown && wholeNumberFits(decimals, shown, exact);
  // a whole number printed whole (ReLU'(z) = 1, a count): a hand calculation kept to whole numbers at each step is
  // nobody's (it truncates ReLU'(0.5)'s z to 0), so only the exact value is right
  const whole = decimals === 0 && Number.isFinite(exact) && sameFloat(exact, Math.round(exact));
  const rounded = whole ? [] : propagated.rounded ?? [];
  const truncated = whole ? [] : propagated.truncated ?? [];
  // a program's print of the slide formulas in float64 (12 digits or more) is right, cancellation and all
  const programPrint = digits >= 12 && (propagated.floats ?? []).some((x) => is(x, 'half-up'));
  // a value exactly halfway (0.345 at two decimals) is rounded down as often as up (half-even, a float64 0.34499…);
  // not with one significant digit or none after the point (1 for x = 1.5, 0.1 for 0.15 may be another number)
  const tieDown = !full && decimals > 0 && digits >= 2 && atTie(exact, decimals) && is(exact, 'truncate');
  if (exactIs || programPrint) return { verdict: 'exact', expected };
  if (tieDown) return { verdict: 'rounding-propagation', expected };
  // the document's own numbers give a tie (−0.375 · (−0.3) = 0.1125), which half-even rounding takes down: 0.112
  if (rounded.some((p) => is(p, 'half-up') || (!full && decimals > 0 && digits >= 2 && atTie(p, decimals) && is(p, 'truncate')))) return { verdict: 'rounding-propagation', expected };
  if ([exact, ...rounded, ...truncated].some((p) => is(p, 'truncate')) || truncated.some((p) => is(p, 'half-up'))) {
    return { verdict: 'truncation', expected };
  }
  // a wrong number's right value with two significant digits at least: 0.4 printed for b_2 = 0.56 says 0.56, not 0.6
  return { verdict: 'erratum', expected: withDigits(exact, decimals) };
}

/** Whether `x` lies halfway between two numbers of `decimals` decimals (to float64's noise). */
function atTie(x: number, decimals: number): boolean {
  const scaled = Math.abs(x) * 10 ** decimals;
  return Math.abs(scaled - Math.floor(scaled) - 0.5) <= Math.max(1e-9, 1e-12 * scaled);
}

/** `exact` at the printed decimals, or with two significant digits where those show fewer (the extra zeros dropped). */
function withDigits(exact: number, decimals: number): string {
  const more = Math.max(decimals, twoSignificant(exact));
  const text = atDecimals(exact, more);
  if (more === decimals || !text.includes('.')) return text;
  const keep = text.indexOf('.') + (decimals === 0 ? 0 : decimals + 1);
  return text.slice(0, keep) + text.slice(keep).replace(/0+$/, '').replace(/^\.$/, '');
}

/** The decimals that show `x` with two significant digits (0.56 → 2, 2.54 → 1, 312 → 0). */
function twoSignificant(x: number): number {
  return x === 0 || !Number.isFinite(x) ? 0 : Math.max(0, 1 - Math.floor(Math.log10(Math.abs(x))));
}

/**
 * judgeNumber, with the recomputed values asked for only when the exact value does not already give the printed
 * number: they cannot change an exact verdict, and a hand calculation runs the whole program once per precision.
 */
export function judgeNumberLazily(printed: string, exact: number, propagated: () => Propagated): NumberVerdict {
  const plain = judgeNumber(printed, exact);
  return plain.verdict === 'exact' ? plain : judgeNumber(printed, exact, propagated());
}

/**
 * A whole number stands for a value below one only when it is that value to the first decimal: 16 may be 16.3 and
 * 1 may be 0.97, but 1 for 0.56 (or 0 for 0.3) is a wrong number, not a rounding to units.
 */
function wholeNumberFits(decimals: number, shown: number, x: number): boolean {
  return decimals > 0 || Math.abs(x) >= 1 || Number(atDecimals(x, 1)) === shown;
}

/** Whether a formula's value equals the quantity's (sameFloat). */
export const sameValue = sameFloat;

/** Significant digits as printed: "0.00012" → 2, "16.0" → 3, "0.30" → 2, "0.9999998874648379" → 16. */
export function significantDigits(printed: string): number {
  return printed.replace(/^[^1-9]*/, '').replace(/[^0-9]/g, '').length;
}

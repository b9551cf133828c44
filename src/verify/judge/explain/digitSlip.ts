// Explainers sign and digit slips: the printed number is the right one with its sign flipped, one digit wrong, two digits swapped, or one dropped or added.
import { atDecimals, printedDecimals, significantDigits } from '../verdict.js';
import { reproduces, type Slip } from './slip.js';

/** −0.0821 for 0.0821 (or the value a hand calculation carries): the sign is wrong, not the digits. */
export function signSlip(printed: string, values: readonly number[]): Slip | undefined {
  const v = values.find((x) => x !== 0 && reproduces(printed, -x) && !reproduces(printed, x));
  return v === undefined ? undefined : { slip: 'sign', detail: `${printed} has the opposite sign of ${atDecimals(v, printedDecimals(printed))}` };
}

/**
 * The printed digits against the right ones (`values`: the exact value, and what the document's own rounding carries)
 * written at the printed precision, one decimal more and one fewer: a transposition of two neighbouring digits, one
 * wrong digit, a dropped digit, an inserted digit.
 */
export function digitSlip(printed: string, values: readonly number[]): Slip | undefined {
  const d = printedDecimals(printed);
  const mine = digits(printed);
  // One unit off in the last digit of the exact value is a mis-rounding, which the verdict already says.
  const [exact] = values;
  if (exact !== undefined && Math.abs(Math.abs(Number(printed)) - Number(atDecimals(Math.abs(exact), d))) <= 1.5 * 10 ** -d) return undefined;
  // the digits all right with the point moved (7.514 for 0.7514) before any reading of single digits
  const shift = decimalShift(printed, values);
  if (shift) return shift;
  for (const v of values) {
    if (Math.sign(v) !== Math.sign(Number(printed)) && Number(printed) !== 0) continue;
    const same = atDecimals(Math.abs(v), d);
    // a value that rounds to zero at the printed places (0.00 for 0.004969) has no digit to get wrong
    const kind = Number(same) === 0 ? undefined : compare(mine, digits(same));
    if (kind) return { slip: kind === 'transposed' ? 'transposed-digits' : 'wrong-digit', detail: `${printed} for ${signed(v, same)}: ${kind === 'transposed' ? 'two digits swapped' : 'one digit wrong'}` };
    // the digit may be dropped from the value as rounded or as cut off one place further (0.751365095 from 0.7513650695)
    const longer = [atDecimals(Math.abs(v), d + 1), atDecimals(Math.abs(v), d + 1, 'truncate')].find((t) => removesOne(digits(t), mine));
    if (longer !== undefined) return { slip: 'dropped-digit', detail: `${printed} for ${signed(v, longer)}: a digit dropped` };
    const shorter = d > 0 ? atDecimals(Math.abs(v), d - 1) : undefined;
    if (shorter !== undefined && removesOne(mine, digits(shorter))) return { slip: 'extra-digit', detail: `${printed} for ${signed(v, shorter)}: a digit added` };
  }
  return undefined;
}

/** A miscopied tail is told only where this many leading significant digits agree (chance gives that once in 10⁵)… */
const SHARED_LEADING_DIGITS = 5;
/** …in a number printed with at least this many (a short number so close is a rounding or a value a step later). */
const LONG_NUMBER_DIGITS = 7;

/** 0.75136079 for 0.75136507: a long number whose first five significant digits are the value's and whose tail is not. */
export function tailSlip(printed: string, values: readonly number[]): Slip | undefined {
  const x = Number(printed.replace(/\u2212/g, '-'));
  if (significantDigits(printed) < LONG_NUMBER_DIGITS || !Number.isFinite(x) || x === 0) return undefined;
  const lead = (y: number): string => Math.abs(y).toExponential(SHARED_LEADING_DIGITS + 3).replace(/^(\d)\.(\d{4})\d*e/, '$1$2e');
  const v = values.find((y) => Math.sign(y) === Math.sign(x) && lead(y) === lead(x) && !reproduces(printed, y));
  return v === undefined ? undefined : { slip: 'miscopied-digits', detail: `${printed} for ${atDecimals(v, printedDecimals(printed))}: the first ${SHARED_LEADING_DIGITS} digits agree, the rest are miscopied` };
}

/** −0.0819 for −0.00819: the right digits (three significant, or two) with the decimal point moved one or two places. */
export function decimalShift(printed: string, values: readonly number[]): Slip | undefined {
  const significant = significantDigits(printed);
  if (significant < 2 || Number(printed) === 0) return undefined;
  for (const v of values) {
    for (const k of [1, -1, 2, -2]) {
      const moved = v * 10 ** k;
      if (v !== 0 && reproduces(printed, moved)) return { slip: 'decimal-shift', detail: `${printed} for ${atDecimals(v, Math.max(0, printedDecimals(printed) + k))}: the decimal point moved ${Math.abs(k) === 1 ? 'one place' : 'two places'}` };
    }
  }
  return undefined;
}

const signed = (v: number, text: string): string => (v < 0 ? `-${text}` : text);
/** The digits of a number as printed, sign and point dropped: "-0.0190" → "00190". */
const digits = (s: string): string => s.replace(/[^0-9]/g, '');

/** 'transposed' for two neighbouring digits swapped, 'wrong' for exactly one digit different (not the last), else none. */
function compare(a: string, b: string): 'transposed' | 'wrong' | undefined {
  if (a.length !== b.length || a === b) return undefined;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return 'transposed';
  // The last digit two or more off is a typo too (0.1389 for 0.1385); one off is how numbers are mis-rounded or carried.
  if (diff.length === 1 && (diff[0] !== a.length - 1 || Math.abs(Number(a[diff[0]!]) - Number(b[diff[0]!])) >= 2)) return 'wrong';
  return undefined;
}

/** Whether `short` is `long` with one digit taken out (not its last: that is a rounding). */
function removesOne(long: string, short: string): boolean {
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length - 1; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

// How numbers are shown: decimals or significant digits, the rounding rule, and whether trailing zeros go.
export type RoundingMode = 'half-up' | 'half-even' | 'truncate';

export interface NumberPolicy {
  /** Digits after the point, or significant digits when `sig` is set. */
  decimals: number;
  sig?: number;
  rounding: RoundingMode;
  /** Drop trailing zeros (Mazur prints 0.75136507, not 0.751365070). */
  trimZeros: boolean;
  /** Recompute every line from the printed, rounded values before it, as by hand. */
  hand: boolean;
  /** Round at exactly `decimals` places, a small value too (verify compares a printed 0.0000424 at its 7 places). */
  exactPlaces?: boolean;
}

export const DEFAULT_POLICY: NumberPolicy = { decimals: 9, rounding: 'half-up', trimZeros: true, hand: false };

/** Rounds x as the policy prints it; works on the decimal digits, so 0.35895 → 0.3590 at 4 decimals. */
export function roundNumber(x: number, policy: NumberPolicy): number {
  if (!Number.isFinite(x)) return x;
  // Trailing zeros do not change the number the text reads as, so the policy is used as it is (no copy per call).
  return Number(formatNumber(x, policy));
}

/** The one formatter every printed number goes through. Uses '-' for minus; printers map it to their minus sign. */
export function formatNumber(x: number, policy: NumberPolicy): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return policy.trimZeros || policy.sig !== undefined ? '0' : (0).toFixed(policy.decimals);
  const negative = x < 0;
  const [digits, exponent] = decimalDigits(Math.abs(x));
  if (exponent >= SCIENTIFIC_ABOVE) return scientific(digits, exponent, negative, policy);
  // A non-zero value never prints as 0, nor with fewer than SMALL_SIG significant digits: a small value keeps them.
  if (policy.sig === undefined && tooFewDigits(exponent, policy)) {
    return formatNumber(x, { ...policy, sig: SMALL_SIG });
  }
  // Keep `keep` digits of the digit string whose first digit has place value 10^exponent.
  const keep = policy.sig !== undefined ? policy.sig : exponent + 1 + policy.decimals;
  let rounded = roundDigits(digits, keep, policy.rounding);
  let exp = exponent;
  if (rounded.carry) exp += 1;
  const kept = rounded.digits;
  const decimals = policy.sig !== undefined ? Math.max(0, policy.sig - exp - 1) : policy.decimals;
  let text = place(kept, exp, decimals);
  if (policy.trimZeros && text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  // A value that rounds to zero has no sign; with kept zeros it keeps its decimals (0.00).
  if (/^0(\.0*)?$/.test(text)) return policy.trimZeros ? '0' : text;
  return negative ? `-${text}` : text;
}

/**
 * From 10^15 up a number prints in scientific form, 1.5e300 (a diverging run's 10^300 would be 301 digits; float64 has
 * about 16 significant digits). Printers of LaTeX turn it into 1.5 \times 10^{300} (texNumber). A tiny value keeps
 * its SMALL_SIG digits in decimals (σ(−38) = 0.0000000000000000850365), which verify reads back; it does not read
 * 8.50365 \times 10^{-17} yet.
 */
const SCIENTIFIC_ABOVE = 15;

/** x in scientific form (2.94602e-12) with the policy's significant digits: for tables, where 30 zeros help no one. */
export function formatScientific(x: number, policy: NumberPolicy): string {
  if (!Number.isFinite(x) || x === 0) return formatNumber(x, policy);
  const [digits, exponent] = decimalDigits(Math.abs(x));
  return scientific(digits, exponent, x < 0, policy);
}

/** Digits first at 10^exponent as d.ddd…e±n with the policy's significant digits (SMALL_SIG when it counts decimals). */
function scientific(digits: string, exponent: number, negative: boolean, policy: NumberPolicy): string {
  const rounded = roundDigits(digits, policy.sig ?? SMALL_SIG, policy.rounding);
  const exp = rounded.carry ? exponent + 1 : exponent;
  let mantissa = place(rounded.digits, 0, Math.max(0, (policy.sig ?? SMALL_SIG) - 1));
  if (policy.trimZeros && mantissa.includes('.')) mantissa = mantissa.replace(/0+$/, '').replace(/\.$/, '');
  return `${negative ? '-' : ''}${mantissa}e${exp}`;
}

/** A number as formatNumber printed it, in LaTeX: 1.5e300 becomes 1.5 \times 10^{300} (no siunitx needed). */
export function texNumber(printed: string): string {
  const m = /^(-?[0-9.]+)e(-?[0-9]+)$/.exec(printed);
  return m ? `${m[1]} \\times 10^{${m[2]}}` : printed;
}

/** Significant digits a value too small for the policy's decimals keeps (Adam's v = 0.000000000192342). */
const SMALL_SIG = 6;

/**
 * At full precision (more than 6 decimals, the default 9) a value showing fewer than SMALL_SIG significant digits, or
 * none, keeps SMALL_SIG instead. A short rounding asked for (--decimals 4) rounds as a lecturer does: the seeds
 * write σ(−30) as 0 at 4 decimals.
 */
function tooFewDigits(exponent: number, policy: NumberPolicy): boolean {
  return !policy.exactPlaces && policy.decimals > SMALL_SIG && exponent + 1 + policy.decimals < SMALL_SIG;
}

/**
 * The shortest digits of x (15 significant, which removes float noise) and the power of ten of the first digit.
 * Read from toExponential's d.dddddddddddddde±n by index (no split, no regular expressions): verify formats every
 * value of a hand calculation at each printed precision, and this was the largest single spot of its time.
 */
export function decimalDigits(x: number): [string, number] {
  const s = x.toExponential(14);
  const e = s.indexOf('e');
  let end = e;
  while (end > 2 && s.charCodeAt(end - 1) === ZERO) end--;
  const digits = end > 2 ? s[0]! + s.slice(2, end) : s[0] === '0' ? '0' : s[0]!;
  return [digits, Number(s.slice(e + 1))];
}

const ZERO = 48;
const NINE = 57;

/** A digit string plus one unit in its last place: '1299' → '1300', '999' → '1000' (one digit longer). */
export function incrementDigits(head: string): string {
  let i = head.length - 1;
  while (i >= 0 && head.charCodeAt(i) === NINE) i--;
  const zeros = '0'.repeat(head.length - 1 - i);
  return i < 0 ? `1${zeros}` : head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1) + zeros;
}

function roundDigits(digits: string, keep: number, mode: RoundingMode): { digits: string; carry: boolean } {
  if (keep <= 0) {
    // Everything is below the last kept place: the result is 0 or one unit of that place.
    const up = keep === 0 && mode !== 'truncate' && (digits[0]! > '5' || (digits[0] === '5' && (mode === 'half-up' || /[1-9]/.test(digits.slice(1)))));
    return up ? { digits: '1', carry: true } : { digits: '0', carry: false };
  }
  if (digits.length <= keep) return { digits, carry: false };
  const head = digits.slice(0, keep);
  const rest = digits.slice(keep);
  let roundUp = false;
  if (mode === 'half-up') roundUp = rest[0]! >= '5';
  else if (mode === 'half-even') roundUp = rest[0]! > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || Number(head.at(-1)) % 2 === 1));
  if (!roundUp) return { digits: head, carry: false };
  const inc = incrementDigits(head);
  return inc.length > head.length ? { digits: inc.slice(0, -1), carry: true } : { digits: inc, carry: false };
}

/** Writes digit string d (first digit at 10^exp) with a fixed number of decimals. */
function place(d: string, exp: number, decimals: number): string {
  // every digit rounded away (−0.00004 at four decimals): zero, with the decimals asked for (0.0000), as 0 itself prints
  if (d === '0') return decimals > 0 ? (0).toFixed(decimals) : '0';
  let intPart: string;
  let frac: string;
  if (exp >= 0) {
    const padded = d.padEnd(exp + 1, '0');
    intPart = padded.slice(0, exp + 1);
    frac = padded.slice(exp + 1);
  } else {
    intPart = '0';
    frac = '0'.repeat(-exp - 1) + d;
  }
  frac = frac.padEnd(decimals, '0').slice(0, Math.max(decimals, 0));
  return frac.length ? `${intPart}.${frac}` : intPart;
}

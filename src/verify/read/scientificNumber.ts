// A number in scientific notation (4.3857e-4, 5.9327\text{E-}01, 3.51 \times 10^{-5}) as the one number it prints: its digits with the point moved (0.00043857), so it is judged to the places its digits reach.

/** An exponent right after the mantissa: e-4, E+02, e−4 (not inside a word, not a power of e). */
const E_FORM = /[eE]([-+−]?)(\d+)(?![\w.^])/y;
/** \text{E-}01, \mathrm{e}{-4}, \mathrm{e}-4: the e set upright, its sign inside or after it. */
const TEXT_E = /\s*\\(?:text|mathrm|rm|mathit)\s*\{\s*[eE]\s*([-+−]?)\s*\}\s*(?:\{\s*([-+−]?)\s*(\d+)\s*\}|([-+−]?)\s*(\d+)(?![\w.]))/y;
/** × 10^{-4}, \cdot 10^{-4}, * 10^{-4}, \times 10^4: a power of ten times the mantissa. */
const POWER = /\s*(?:\\times|\\cdot|[×·*])\s*10\s*\^\s*(?:\{\s*([-+−]?)\s*(\d+)\s*\}|(\d)(?!\d))/y;

/** The characters a notation may start with right after the mantissa. */
const STARTS = new Set(['e', 'E', ' ', '\t', '\n', '\r', '\\', '×', '·', '*']);

export interface ScientificNumber {
  /** The number as plain decimals ("0.00043857"); undefined when the exponent reaches past its digits (8.2E+02). */
  text: string | undefined;
  /** Where the notation ends in the source. */
  end: number;
}

/**
 * The scientific notation continuing the mantissa `mantissa`, which ends at `at` in `src`. `powerForm`: whether the
 * × 10^{n} form is read too (not after a division: 3/4 × 10^{-1} is (3/4) · 0.1, not 3/0.4).
 */
export function scientificAt(src: string, at: number, mantissa: string, powerForm: boolean): ScientificNumber | undefined {
  // (once per number of every equation: most numbers are followed by none of the notations' first characters)
  if (!STARTS.has(src[at] ?? '')) return undefined;
  for (const re of powerForm ? [E_FORM, TEXT_E, POWER] : [E_FORM, TEXT_E]) {
    re.lastIndex = at;
    const m = re.exec(src);
    if (!m) continue;
    const [sign, digits] = re === E_FORM ? [m[1]!, m[2]!] : re === TEXT_E ? [m[1] || m[2] || m[4] || '', m[3] ?? m[5]!] : [m[1] ?? '', m[2] ?? m[3]!];
    const exponent = (sign === '-' || sign === '−' ? -1 : 1) * Number(digits);
    // the 10 of × 10^{n} written alone is a product with a whole number, no notation, when it reaches past the digits
    const text = movePoint(mantissa, exponent);
    if (text === undefined && re === POWER) return undefined;
    return { text, end: re.lastIndex };
  }
  return undefined;
}

/** The mantissa's digits with the point moved by `exponent` places, or undefined when they do not reach a unit (8.2 → 820). */
export function movePoint(mantissa: string, exponent: number): string | undefined {
  const [whole, fraction = ''] = mantissa.split('.') as [string, string?];
  if (fraction.length - exponent < 0 || Math.abs(exponent) > 60) return undefined;
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point);
  return rest === '' ? int : `${int}.${rest}`;
}

/** A mantissa as scientific notation writes one (no decimal comma, no trailing point). */
const MANTISSA = /^\d+(?:\.\d+)?$/;

export const UNREADABLE_EXPONENT = 'a number in scientific notation whose exponent reaches past its digits (8.2E+02) is not read yet';

/**
 * Whether the notation `found` after the mantissa at `at` is one that cannot be read: an exponent past its digits
 * (8.2E+02, which read as a product with Euler's e is another number entirely), not in a name's subscript (w_{1e2})
 * nor after a word character or a point.
 */
export function unreadableAt(src: string, at: number, mantissa: string, found: ScientificNumber): boolean {
  return found.text === undefined && MANTISSA.test(mantissa) && !/[\w.]/.test(src[at - 1] ?? '') && !/[_^]\{$/.test(src.slice(Math.max(0, at - 2), at));
}

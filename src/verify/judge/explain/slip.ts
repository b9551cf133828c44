// The named kinds of slip a wrong (or rounded) printed number can be explained by, and the test every explainer uses.
import { atDecimals, printedDecimals } from '../verdict.js';

/**
 * swapped-index: the value of a sibling (w5 ↔ w6, o1 ↔ o2); wrong-label: the value of a related quantity of the same
 * unit (its target, the parameter before or after its update); updated-too-early: the value the derivation gives
 * when some parameters already hold their updated values; arithmetic: the printed result does not follow from the
 * printed operands; iteration-count: the value after another number of rounds than the text says; stale-value: the
 * value before the update where the value after it belongs; sign; wrong-digit, transposed-digits, dropped-digit,
 * extra-digit: the right number mistyped; miscopied-digits: a long number right in its first five digits only; decimal-shift: the right digits with the point moved
 * one or two places (−0.0819 for −0.00819); wrong-learning-rate: an update with another η; missing-term: a sum with one
 * of its terms left out; another-quantity: a formula that is another quantity's (a conceptual error).
 */
export type SlipName =
  | 'swapped-index' | 'wrong-label' | 'stale-value' | 'updated-too-early' | 'iteration-count' | 'arithmetic'
  | 'sign' | 'wrong-digit' | 'transposed-digits' | 'dropped-digit' | 'extra-digit' | 'miscopied-digits' | 'decimal-shift' | 'wrong-learning-rate' | 'missing-term'
  | 'another-quantity' | 'typo-name';

export const SLIP_NAMES: readonly SlipName[] = [
  'swapped-index', 'wrong-label', 'stale-value', 'updated-too-early', 'iteration-count', 'arithmetic',
  'sign', 'wrong-digit', 'transposed-digits', 'dropped-digit', 'extra-digit', 'miscopied-digits', 'decimal-shift', 'wrong-learning-rate', 'missing-term', 'another-quantity', 'typo-name',
];

export interface Slip {
  slip: SlipName;
  /** "0.7729 is the value of out_o2, not out_o1". */
  detail: string;
}

/** Whether the printed digits are the value rounded or cut off at the printed precision. */
export function reproduces(printed: string, value: number): boolean {
  const d = printedDecimals(printed);
  const shown = Number(printed);
  // Rounding or cutting off at d decimals moves a value by at most 10^−d (a tiny value printed with 6 significant
  // digits, or a huge one in scientific form, by less than 2·10^−5 of itself): a number further off is no match,
  // and is told without formatting (the aligner asks this of every pairing of numbers and quantities).
  if (Math.abs(value - shown) > 2 * 10 ** -d + 2e-5 * Math.abs(value)) return false;
  // A whole number reproduces only a value that is that number to the first decimal (1 is not 1.4).
  if (d === 0 && Number(atDecimals(value, 1)) !== shown) return false;
  return Number(atDecimals(value, d)) === shown || Number(atDecimals(value, d, 'truncate')) === shown;
}

// Judges the document's own arithmetic: a number computed from numbers on the same line, and whether arithmetic can be rounding at all.
import type { Claim } from '../claim.js';
import type { Carried } from '../chainState.js';
import { atDecimals, judgeNumber, printedDecimals, significantDigits } from '../verdict.js';
import { decimalShift, digitSlip, signSlip } from '../explain/digitSlip.js';
import type { UnroundedArithmetic } from '../unroundedOperands.js';
import type { NumberLiteral } from '../../read/mathCursor.js';
import { gluedProducts } from '../gluedProducts.js';
import { termsRounded } from '../roundedTerms.js';
import { handSig } from '../shownHand.js';

/**
 * Whether the document's own arithmetic can be rounding at all. When each of its rounded numbers was checked as the
 * value of the quantity it stands for, yes; otherwise only if those numbers, each moved by at most half a unit of
 * its last printed place, reach the exact value: 0.9 − 0.5 · 0.1 = 0.85 for w5⁺ = 0.3589 and 0.8(0) + 0.2(4) = 0.8 for
 * m_1 = 0.4 are arithmetic on wrong numbers (0.2 · 4 moved that far is 0.6 to 1.0), and arithmetic after a wrong
 * formula is that formula's, never rounding. (Three times that reach, tried to allow for rounding carried into the
 * numbers, passed m_1's 0.8; no page of the public corpus needs more than the one.)
 */
export function plausible(carried: Pick<Carried, 'arithmetic' | 'slack' | 'verified' | 'formulaWrong'>, exact: number): boolean {
  if (carried.arithmetic === undefined) return true;
  // Numbers substituted into a wrong formula: whatever they give, it is not the quantity rounded.
  if (carried.formulaWrong) return false;
  if (carried.verified) return true;
  return Math.abs(carried.arithmetic - exact) <= (carried.slack?.() ?? 0) + 1e-9 * Math.max(1, Math.abs(exact));
}

/**
 * A number computed from numbers on the same line, with no name to compare with. Exact when the operands give it, or
 * when the quantities they were printed for give it (0.04252 × 0.23201 = 0.0098651, but 0.0425173 × 0.2320076 prints
 * 0.00986); rounding-propagation when the document's own unrounded results give it, or when it is within what the
 * operands' rounding allows where each operand's unrounded value is known (0.53 printed for 0.5344): only between
 * that and the printed one. A result that only an operand of unknown unrounded value, moved within its last printed
 * place, would give (.28 × .62 = .1736 printed .18; 1.0356 printed 1.03) is neither shown right nor shown wrong:
 * unresolved, not rounding and not a truncation. Else a truncation, else an erratum.
 */
export function judgeArithmetic(printed: string, carried: Carried, unrounded?: () => UnroundedArithmetic): Pick<Claim, 'verdict' | 'expected' | 'detail' | 'slip'> {
  const v = judgeNumber(printed, carried.arithmetic!);
  if (v.verdict === 'exact') return v;
  const known = unrounded?.() ?? {};
  const decimals = printedDecimals(printed);
  const gives = (x: number | undefined): x is number => x !== undefined && judgeNumber(printed, x).verdict === 'exact';
  const shown = atDecimals(carried.arithmetic!, decimals + 2);
  if (gives(known.exact)) return { verdict: 'exact', expected: atDecimals(known.exact, decimals), detail: `the quantities its numbers stand for give ${atDecimals(known.exact, decimals + 2)} (its printed numbers ${shown})` };
  const lastPlace = 0.5 * 10 ** -decimals;
  // 0.008771355 · 0.1 = 0.0008771355 printed 0.000877135: the rounded operands give a tie, so either rounding of it is
  // right (a tie to float accuracy: 0.24130070857 printed 0.2413007085 is 0.37 of a unit off, no tie)
  const tie = Math.abs(Math.abs(Number(printed) - carried.arithmetic!) - lastPlace) <= 1e-6 * lastPlace + 1e-13 * Math.max(1, Math.abs(carried.arithmetic!));
  if (tie) return { verdict: 'rounding-propagation', expected: v.expected, detail: 'its operands give a tie, rounded the other way' };
  if (termsRounded(carried.arithmeticSide?.node, decimals, handSig(printed)).some(gives)) return { verdict: 'rounding-propagation', expected: v.expected, detail: `its terms, each rounded to ${decimals} decimal${decimals === 1 ? '' : 's'} before adding, give it` };
  if (gives(known.own)) return { verdict: 'rounding-propagation', expected: v.expected, detail: `the unrounded results its numbers were printed from give ${atDecimals(known.own, decimals + 2)}` };
  const reach = (range: { lo: number; hi: number } | undefined): boolean => range !== undefined && reaches(printed, range);
  const slack = carried.slack?.() ?? 0;
  const full = { lo: Math.max(carried.arithmetic! - slack, known.range?.lo ?? -Infinity), hi: Math.min(carried.arithmetic! + slack, known.range?.hi ?? Infinity) };
  if (reach(known.knownRange) && reach(full)) return { verdict: 'rounding-propagation', expected: v.expected, detail: 'within the rounding of the printed operands, as far as their unrounded values are known' };
  if (reach(full)) {
    return { verdict: 'unresolved', expected: v.expected, detail: `its printed numbers give ${shown}; only an operand whose unrounded value is not known, moved within its last printed place, gives ${printed}` };
  }
  if (v.verdict !== 'erratum') return v;
  // the page's own result with its point moved (−0.0819 for −0.00819), its sign flipped or two digits swapped is that
  // slip in copying the result, not a sum gone wrong (a digit slip only in three significant digits or more: 1.7 for
  // 1.5 is another number, not a digit miscopied)
  const own = [carried.arithmetic!];
  const shift = signSlip(printed, own) ?? (significantDigits(printed) >= 3 ? digitSlip(printed, own) : decimalShift(printed, own));
  return shift ? { ...v, slip: shift.slip, detail: `${shift.detail}; the document's own arithmetic gives ${v.expected}` } : { ...v, detail: `the document's own arithmetic gives ${v.expected}` };
}

/**
 * After a step printed wrong (max(0, 0.68) for max(0, −0.68)), a result that the wrong step gives follows from it: a
 * consequence of that step, not a mistake of its own.
 */
export function followsWrongStep(printed: string, verdict: Claim['verdict'], carried: Carried): Pick<Claim, 'cause' | 'detail' | 'slip'> | undefined {
  if (verdict !== 'erratum' || !carried.ownCause || carried.ownValue === undefined) return undefined;
  if (judgeNumber(printed, carried.ownValue).verdict !== 'exact') return undefined;
  return { cause: carried.ownCause, detail: `computed from ${carried.ownCause.printed}, printed wrong before`, slip: undefined };
}

/** Whether some value in the range prints as `printed` (half a unit of its last place either way). */
function reaches(printed: string, range: { lo: number; hi: number }): boolean {
  const lastPlace = 0.5 * 10 ** -printedDecimals(printed);
  const margin = 1e-12 * Math.max(1, Math.abs(range.lo), Math.abs(range.hi));
  return range.hi >= Number(printed) - lastPlace - margin && range.lo <= Number(printed) + lastPlace + margin;
}

/**
 * out = \frac{1}{1+e^{-net}} = \frac{1}{1+e^{0.17}} = 0.5446: the value is right but the numbers before it do not give
 * it (a dropped sign, a wrong number for a name the operands could not be matched with): the substitution is the erratum.
 */
export function wrongSubstitution(printed: string, carried: Carried): Claim[] {
  // judgeArithmetic calls a result an erratum only where the printed operands alone do (a result they give rounded or
  // cut off is never one): the operands' rounding slack, its dearest part, is worked out only for those
  if (judgeNumber(printed, carried.arithmetic!).verdict !== 'erratum') return [];
  const judged = judgeArithmetic(printed, carried);
  if (judged.verdict !== 'erratum') return [];
  const side = carried.arithmeticSide!;
  // W10x0 + W11x1 = 31 + (-1)1: the multiplication signs lost in the page's conversion, each product glued together
  if (gluedProducts(carried.formula, side, printed)) return [];
  const shown = atDecimals(carried.arithmetic!, printedDecimals(printed) + 1);
  return [{
    kind: 'arithmetic', verdict: 'erratum', start: side.start, printed: side.source.trim(), expected: printed, slip: 'arithmetic',
    detail: `${side.source.trim()} = ${Number(shown)}, not the ${printed} printed after it; a number is substituted wrongly`,
  }];
}

/** Significant digits a cut-off result must print to be taken for the one network value it rounds (0.7737733985). */
const NETWORK_DIGITS = 6;

/**
 * 0.8 − 0.5 · 0.05245320288 = 0.7737733985: the rounded operands give …3986, but the network's value is …39855, so the
 * page computed from unrounded operands and rounded right. A cut-off result that prints, to six significant digits or
 * more, the one network value it rounds is that value, not a truncation.
 */
export function rightForNetwork(v: Pick<Claim, 'verdict' | 'expected' | 'detail'>, literal: NumberLiteral, quantityValue: (literal: NumberLiteral) => number | undefined): Pick<Claim, 'verdict' | 'expected' | 'detail'> {
  if (v.verdict !== 'truncation' || literal.text.replace(/[^0-9]/g, '').replace(/^0+/, '').length < NETWORK_DIGITS) return v;
  const network = quantityValue(literal);
  if (network === undefined) return v;
  const decimals = printedDecimals(literal.text);
  return { verdict: 'exact', expected: literal.text, detail: `the network's value ${atDecimals(network, decimals + 2)} rounded; its rounded operands give ${v.expected}` };
}


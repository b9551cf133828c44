// W10x0 + W11x1 + W12x2 = 31 + (-1)1 + 23 = 8: a page whose conversion lost its multiplication signs glues each weight to its input.
import { ConstantNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { MathSide, NumberLiteral } from '../read/parseLatexMath.js';
import { literalsOf } from '../read/sideLiterals.js';
import { judgeNumber } from './verdict.js';

/** At most this many ways of splitting the glued numbers are tried. */
const MAX_READINGS = 512;

/** A sum's terms with their signs (a − b + c as +a, −b, +c); a unary minus is the term's own. */
function terms(node: MathNode, sign = 1): { node: MathNode; sign: number }[] {
  if (node instanceof ParenthesisNode) return [{ node, sign }];
  if (node instanceof OperatorNode && (node.fn === 'add' || node.fn === 'subtract') && node.args.length === 2) {
    return [...terms(node.args[0]!, sign), ...terms(node.args[1]!, node.fn === 'subtract' ? -sign : sign)];
  }
  return [{ node, sign }];
}

/** Two names written side by side, W_10 x_0: a product whose sign the page never printed. */
const namePair = (n: MathNode): boolean => n instanceof OperatorNode && n.fn === 'multiply' && n.implicit && n.args.length === 2 && n.args.every((a) => a instanceof SymbolNode);

/** A whole number of two digits or more, possibly negated (-31): its digits, and its sign. */
function gluedNumber(n: MathNode, literals: ReadonlyMap<MathNode, NumberLiteral>): { digits: string; sign: number } | undefined {
  const negated = n instanceof OperatorNode && n.fn === 'unaryMinus';
  const c = negated ? (n as OperatorNode).args[0] : n;
  const digits = c instanceof ConstantNode ? literals.get(c)?.text.replace(/^-/, '') : undefined;
  return digits !== undefined && /^\d{2,}$/.test(digits) ? { digits, sign: negated ? -1 : 1 } : undefined;
}

/**
 * Whether the numbers give the printed value once each whole number of two digits or more written for a product of
 * two names side by side is read as its digits cut in two and multiplied (31 as 3·1, 03 as 0·3), for some cut of each:
 * the signs lost in the page's conversion, not a number substituted wrongly. Only where the formula and the numbers
 * have as many terms.
 */
export function gluedProducts(formula: MathNode | undefined, side: MathSide, printed: string): boolean {
  if (!formula) return false;
  const [named, written] = [terms(formula), terms(side.node)];
  if (named.length !== written.length || named.length < 2) return false;
  // each constant of the side with the text it was printed as (03 keeps its 0)
  const literals = literalsOf(side);
  if (!literals) return false;
  let readings: number[] = [0];
  let glued = false;
  for (let i = 0; i < written.length; i++) {
    const { node, sign } = written[i]!;
    const cut = namePair(named[i]!.node) ? gluedNumber(node, literals) : undefined;
    let values: number[];
    if (cut) {
      glued = true;
      values = [];
      for (let k = 1; k < cut.digits.length; k++) values.push(cut.sign * Number(cut.digits.slice(0, k)) * Number(cut.digits.slice(k)));
    } else {
      try {
        values = [Number(node.evaluate({}))];
      } catch {
        return false;
      }
    }
    readings = readings.flatMap((r) => values.map((v) => r + sign * v));
    if (readings.length > MAX_READINGS || readings.some((r) => !Number.isFinite(r))) return false;
  }
  return glued && readings.some((r) => judgeNumber(printed, r).verdict === 'exact');
}

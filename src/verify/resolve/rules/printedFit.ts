// Whether a number a page prints for a name is a quantity's value: within its printed rounding, or that value with a slip the judge names.
import { ArrayNode, ConstantNode, OperatorNode, type MathNode } from '../../../util/mathjs.js';
import type { NumberLiteral } from '../../read/mathCursor.js';

/** Whether `value` is `x` within half a unit of its last printed digit. */
export function fitsPrinted(value: NumberLiteral, x: number | undefined): boolean {
  return x !== undefined && Math.abs(x - value.value) <= 0.5 * 10 ** -value.decimals + 1e-12 * Math.abs(x);
}

/** Whether `value` is `x` as printed, or `x` with its sign flipped or two digits swapped (a slip in that very value). */
export function fitsOrSlip(value: NumberLiteral, x: number | undefined): boolean {
  return fitsPrinted(value, x) || (x !== undefined && slipOf(value, x));
}

/**
 * Whether a printed number (three significant digits or more) is the value `x` at its precision with the sign flipped or
 * two neighbouring digits swapped: a slip in the word's own value, not another quantity's.
 */
export function slipOf(value: NumberLiteral, x: number): boolean {
  const digits = (s: string): string => s.replace(/[^0-9]/g, '');
  const mine = digits(value.text);
  if (mine.replace(/^0+/, '').length < 3) return false;
  const right = Math.abs(x).toFixed(value.decimals);
  if (digits(right) === mine) return Math.sign(x) !== Math.sign(value.value) && x !== 0;
  if (digits(right).length !== mine.length || Math.sign(x) !== Math.sign(value.value)) return false;
  const diff = [...mine].flatMap((c, i) => (c === digits(right)[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && mine[diff[0]!] === digits(right)[diff[1]!] && mine[diff[1]!] === digits(right)[diff[0]!];
}

/** Whether a side is one number or a vector of numbers (nothing computed). */
export function onlyNumbers(node: MathNode): boolean {
  const flat = node instanceof ArrayNode ? node.items.flatMap((r) => (r instanceof ArrayNode ? r.items : [r])) : [node];
  return flat.every((n) => n instanceof ConstantNode || (n instanceof OperatorNode && n.fn === 'unaryMinus' && n.args[0] instanceof ConstantNode));
}

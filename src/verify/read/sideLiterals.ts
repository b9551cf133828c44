// A side's printed numbers as nodes of its tree: which ConstantNode each printed literal became.
import { ConstantNode, type MathNode } from '../../util/mathjs.js';
import type { MathSide, NumberLiteral } from './parseLatexMath.js';

/** A number printed as an entry or operand (not a string constant such as a sum's index). */
export const isNumber = (n: MathNode): boolean => n instanceof ConstantNode && typeof n.value === 'number';

/** The side's number nodes and their printed literals, in order, or undefined where they cannot be placed. */
export function literalsOf(side: MathSide): Map<MathNode, NumberLiteral> | undefined {
  const constants = side.node.filter(isNumber);
  return constants.length === side.numbers.length ? new Map(constants.map((c, k) => [c, side.numbers[k]!])) : undefined;
}

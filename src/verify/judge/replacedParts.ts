// Which part of an earlier side each number of a later side replaces (σ(z)(1 − σ(z)) = 0.6028 × 0.3972: 0.6028 is σ(z)),
// walking both trees where their shapes agree. Shared by the step-by-step check and the correlated rounding bound.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, type MathNode } from '../../util/mathjs.js';
import type { MathSide, NumberLiteral } from '../read/parseLatexMath.js';

/** A part of the earlier side, the number node that replaces it, and that number as printed. */
export interface ReplacedPart { part: MathNode; node: MathNode; literal: NumberLiteral }

/**
 * The replaced parts, and whether the two sides matched throughout (every shape the same, every number that stands
 * where the earlier side has a number equal to it); undefined when the later side's numbers cannot be placed.
 */
export function replacedParts(earlier: MathNode, later: MathSide): { parts: ReplacedPart[]; whole: boolean } | undefined {
  const constants = later.node.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== later.numbers.length) return undefined;
  const literalOf = new Map<MathNode, NumberLiteral>(constants.map((c, k) => [c, later.numbers[k]!]));
  const parts: ReplacedPart[] = [];
  let whole = true;
  const stack: [MathNode, MathNode][] = [[earlier, later.node]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!.map(unwrap) as [MathNode, MathNode];
    const literal = literalOf.get(b);
    if (literal) {
      if (!(a instanceof ConstantNode)) parts.push({ part: a, node: b, literal });
      else if (Number(a.value) !== literal.value) whole = false;
      continue;
    }
    const same = (a instanceof OperatorNode && b instanceof OperatorNode && a.fn === b.fn) || (a instanceof FunctionNode && b instanceof FunctionNode && a.fn.name === b.fn.name);
    const [xs, ys] = [(a as OperatorNode).args ?? [], (b as OperatorNode).args ?? []];
    if (same && xs.length === ys.length) xs.forEach((x, i) => stack.push([x, ys[i]!]));
    else whole = false;
  }
  return { parts, whole };
}

export const unwrap = (n: MathNode): MathNode => (n instanceof ParenthesisNode ? unwrap(n.content) : n);

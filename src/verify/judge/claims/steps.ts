// A chain worked one step a side (1/(1 + e^{−0.3775}) = 1/(1 + 0.68566)): each number that replaces a part of the side
// before it is that part's value, so a wrong digit is found where it was written, not where it is used.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, type MathNode } from '../../../util/mathjs.js';
import type { MathSide, NumberLiteral } from '../../read/parseLatexMath.js';
import { evaluateSide, type Lookup } from '../../resolve/evaluateSide.js';
import type { Claim } from '../claim.js';
import { digitSlip, signSlip } from '../explain/digitSlip.js';
import { atDecimals, judgeNumber, printedDecimals } from '../verdict.js';

/** Claims on the numbers of `after` that stand for a part of `before` (both sides of numbers only). */
export function stepClaims(before: MathSide, after: MathSide, lookup: Lookup): Claim[] {
  const constants = after.node.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== after.numbers.length) return [];
  const literalOf = new Map<MathNode, NumberLiteral>(constants.map((c, k) => [c, after.numbers[k]!]));
  const claims: Claim[] = [];
  const stack: [MathNode, MathNode][] = [[before.node, after.node]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!.map(unwrap) as [MathNode, MathNode];
    const literal = literalOf.get(b);
    if (literal) {
      if (!(a instanceof ConstantNode) && literal.decimals > 0) claims.push(...claimFor(a, literal, lookup));
      continue;
    }
    const pairs = children(a, b);
    if (pairs) stack.push(...pairs);
  }
  return claims;
}

function claimFor(part: MathNode, literal: NumberLiteral, lookup: Lookup): Claim[] {
  const value = evaluateSide(part, lookup).value;
  if (value === undefined) return [];
  const { verdict, expected } = judgeNumber(literal.text, value);
  const slip = verdict === 'erratum' ? signSlip(literal.text, [value]) ?? digitSlip(literal.text, [value]) : undefined;
  const said = `it stands for ${part.toString()} = ${atDecimals(value, printedDecimals(literal.text) + 2)}`;
  return [{ kind: 'arithmetic', verdict, expected, start: literal.start, printed: literal.text, ...(slip ? { slip: slip.slip, detail: `${slip.detail}; ${said}` } : { detail: said }) }];
}

/** The pairs of parts to compare when both trees have the same shape at the top, else none. */
function children(a: MathNode, b: MathNode): [MathNode, MathNode][] | undefined {
  if (a instanceof OperatorNode && b instanceof OperatorNode && a.fn === b.fn && a.args.length === b.args.length) return a.args.map((x, i) => [x, b.args[i]!]);
  if (a instanceof FunctionNode && b instanceof FunctionNode && a.fn.name === b.fn.name && a.args.length === b.args.length) return a.args.map((x, i) => [x, b.args[i]!]);
  return undefined;
}

const unwrap = (n: MathNode): MathNode => (n instanceof ParenthesisNode ? unwrap(n.content) : n);

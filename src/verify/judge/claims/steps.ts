// A chain worked one step a side (1/(1 + e^{−0.3775}) = 1/(1 + 0.68566)): each number that replaces a part of the side
// before it is that part's value, so a wrong digit is found where it was written, not where it is used.
import { ConstantNode, type MathNode } from '../../../util/mathjs.js';
import { roundingSlack } from '../roundingSlack.js';
import type { MathSide, NumberLiteral } from '../../read/parseLatexMath.js';
import { evaluateSide, type Lookup } from '../../resolve/evaluateSide.js';
import type { Claim } from '../claim.js';
import type { Arithmetic } from '../memory.js';
import { digitSlip, signSlip } from '../explain/digitSlip.js';
import { replacedParts } from '../replacedParts.js';
import { atDecimals, judgeNumber, printedDecimals } from '../verdict.js';

/** Claims on the numbers of `after` that stand for a part of `before` (both sides of numbers only). */
export function stepClaims(before: MathSide, after: MathSide, lookup: Lookup, exactValues?: ReadonlySet<number>): Claim[] {
  const replaced = replacedParts(before.node, after);
  const slack = (part: MathNode): number => roundingSlack(part, literalsIn(part, before), exactValues);
  return (replaced?.parts ?? []).filter((p) => p.literal.decimals > 0).flatMap((p) => claimFor(p.part, p.literal, lookup, slack));
}

/** The printed numbers of `side` that stand in `part` (a subtree of its node), in order. */
function literalsIn(part: MathNode, side: MathSide): NumberLiteral[] {
  const constants = side.node.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== side.numbers.length) return [];
  const literalOf = new Map<MathNode, NumberLiteral>(constants.map((c, k) => [c, side.numbers[k]!]));
  return part.filter((n) => literalOf.has(n)).map((n) => literalOf.get(n)!);
}

/**
 * The side of numbers an earlier line wrote for the same quantity, when this side works it one step on (z = 0.4 × 0.5
 * + 0.3 × 0.8 then z = 0.20 + 0.24): the two have the same shape throughout, every number the later side keeps is the
 * earlier one's, and the earlier side follows from no mistake. Undefined otherwise.
 */
export function continuedSide(previous: Arithmetic | undefined, after: MathSide): MathSide | undefined {
  if (!previous || previous.cause) return undefined;
  const replaced = replacedParts(previous.side.node, after);
  return replaced?.whole && replaced.parts.length > 0 ? previous.side : undefined;
}

function claimFor(part: MathNode, literal: NumberLiteral, lookup: Lookup, slack: (part: MathNode) => number): Claim[] {
  const value = evaluateSide(part, lookup).value;
  if (value === undefined) return [];
  const { verdict, expected } = judgeNumber(literal.text, value);
  // 0.5 × 0.67 then 0.33: a number the part's own printed operands, moved within their rounding, can give is neither
  // a slip nor a truncation that can be shown (it may come from their unrounded values)
  if (verdict !== 'exact' && Math.abs(literal.value - value) <= slack(part) + 0.5 * 10 ** -literal.decimals) return [];
  const slip = verdict === 'erratum' ? signSlip(literal.text, [value]) ?? digitSlip(literal.text, [value]) : undefined;
  const said = `it stands for ${part.toString()} = ${atDecimals(value, printedDecimals(literal.text) + 2)}`;
  return [{ kind: 'arithmetic', verdict, expected, start: literal.start, printed: literal.text, ...(slip ? { slip: slip.slip, detail: `${slip.detail}; ${said}` } : { detail: said }) }];
}

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
import { finiteValue } from '../../../util/mathNodes.js';

/**
 * Claims on the numbers of `after` that stand for a part of `before` (both sides of numbers only). `corrected`: numbers of
 * `before` substituted wrong, by position, with the values they stand for.
 */
export function stepClaims(before: MathSide, after: MathSide, lookup: Lookup, exactValues?: ReadonlySet<number>, corrected?: ReadonlyMap<number, number>): Claim[] {
  const replaced = replacedParts(before.node, after);
  const slack = (part: MathNode): number => roundingSlack(part, literalsIn(part, before), exactValues);
  return (replaced?.parts ?? []).filter((p) => p.literal.decimals > 0 && !fromRightValues(p.part, p.literal, before, corrected)).flatMap((p) => claimFor(p.part, p.literal, lookup, slack));
}

/**
 * Rule right value behind a misprint: (0.45)(0.5944) then 0.2378, where 0.45 was substituted for w5 = 0.40: the step
 * was worked from the value the number stands for (0.40 × 0.5944 = 0.23776), so the misprint is the one slip and the
 * step is right. Whether the part, with the wrong numbers at their quantities' values, gives the printed step.
 */
function fromRightValues(part: MathNode, literal: NumberLiteral, before: MathSide, corrected: ReadonlyMap<number, number> | undefined): boolean {
  if (!corrected) return false;
  const constants = before.node.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== before.numbers.length) return false;
  const fixed = new Map<MathNode, number>();
  constants.forEach((c, k) => {
    const x = corrected.get(before.numbers[k]!.start);
    if (x !== undefined) fixed.set(c, x);
  });
  if (!part.filter((n) => fixed.has(n)).length) return false;
  const value = finiteValue(part.transform((n) => (fixed.has(n) ? new ConstantNode(fixed.get(n)!) : n)));
  return value !== undefined && judgeNumber(literal.text, value).verdict === 'exact';
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

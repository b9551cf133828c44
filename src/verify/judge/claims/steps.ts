// A chain worked one step a side (1/(1 + e^{−0.3775}) = 1/(1 + 0.68566)): each number that replaces a part of the side
// before it is that part's value, so a wrong digit is found where it was written, not where it is used.
import type { MathNode } from '../../../util/mathjs.js';
import type { MathSide, NumberLiteral } from '../../read/parseLatexMath.js';
import { evaluateSide, type Lookup } from '../../resolve/evaluateSide.js';
import type { Claim } from '../claim.js';
import type { Arithmetic } from '../memory.js';
import { digitSlip, signSlip } from '../explain/digitSlip.js';
import { replacedParts } from '../replacedParts.js';
import { atDecimals, judgeNumber, printedDecimals } from '../verdict.js';

/** Claims on the numbers of `after` that stand for a part of `before` (both sides of numbers only). */
export function stepClaims(before: MathSide, after: MathSide, lookup: Lookup): Claim[] {
  const replaced = replacedParts(before.node, after);
  return (replaced?.parts ?? []).filter((p) => p.literal.decimals > 0).flatMap((p) => claimFor(p.part, p.literal, lookup));
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

function claimFor(part: MathNode, literal: NumberLiteral, lookup: Lookup): Claim[] {
  const value = evaluateSide(part, lookup).value;
  if (value === undefined) return [];
  const { verdict, expected } = judgeNumber(literal.text, value);
  const slip = verdict === 'erratum' ? signSlip(literal.text, [value]) ?? digitSlip(literal.text, [value]) : undefined;
  const said = `it stands for ${part.toString()} = ${atDecimals(value, printedDecimals(literal.text) + 2)}`;
  return [{ kind: 'arithmetic', verdict, expected, start: literal.start, printed: literal.text, ...(slip ? { slip: slip.slip, detail: `${slip.detail}; ${said}` } : { detail: said }) }];
}

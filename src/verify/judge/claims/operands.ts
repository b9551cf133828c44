// Judges the numbers substituted into a formula (w_5 out_{h1} → 0.40 · 0.5933): each is the value of the name it replaces.
import type { MathNode } from '../../../util/mathjs.js';
import type { MathSide } from '../../read/parseLatexMath.js';
import { alignOperands } from '../alignOperands.js';
import type { Claim } from '../claim.js';
import type { JudgeContext } from '../judgeContext.js';
import type { DocumentMemory } from '../memory.js';
import { judgeNumber, printedDecimals } from '../verdict.js';

/** `rounds`: the rounds of training the equation is about, if the text says ("after 1000 rounds"). */
export function judgeOperands(formula: MathNode, side: MathSide, ctx: JudgeContext, memory: DocumentMemory, rounds: number | undefined): Claim[] {
  const claims: Claim[] = [];
  for (const op of alignOperands(formula, side.node, side.numbers)) {
    const named = ctx.table.idOf(op.key);
    const id = named !== undefined && rounds !== undefined ? ctx.net.inRounds(named, rounds) : named;
    if (!id) continue;
    const sign = op.negated ? -1 : 1;
    const hand = ctx.net.hand(id, printedDecimals(op.literal.text));
    const flip = (xs: number[]): number[] => xs.map((x) => sign * x);
    // As for a printed value: the document may substitute what its own arithmetic gave for the name earlier.
    const own = memory.arithmeticFor(id) ?? [];
    const verdict = judgeNumber(op.literal.text, sign * ctx.net.exact(id), { rounded: flip([...own, ...hand.rounded]), truncated: flip(hand.truncated) });
    const slip = sign === 1 ? ctx.explain({ printed: op.literal.text, subjectId: id, verdict: verdict.verdict }) : undefined;
    claims.push({ kind: 'operand', ...verdict, ...(slip ?? {}), start: op.literal.start, printed: op.literal.text, subject: op.key, quantity: id });
  }
  return claims;
}

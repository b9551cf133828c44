// Judges a side of bare numbers written for a quantity (= 0.40 · 0.5933 + 0.45 · 0.5969 + 0.60): its operands, its terms, and what it leaves in memory.
import type { MathSide } from '../../read/parseLatexMath.js';
import type { Claim } from '../claim.js';
import type { Carried, Subject } from '../chainState.js';
import type { JudgeContext } from '../judgeContext.js';
import type { DocumentMemory } from '../memory.js';
import { roundingSlack } from '../roundingSlack.js';
import { plausible } from './arithmetic.js';
import { judgeOperands } from './operands.js';
import { termClaims } from './terms.js';

export interface SubstitutionResult {
  claims: Claim[];
  carried: Carried;
  memory: DocumentMemory;
}

/**
 * Arithmetic on a wrong operand, or on a number the document printed wrong before (0.3275 for z1, then
 * \frac{1}{1+e^{-0.3275}}), is no excuse for its result: it does not count as the document's own value.
 */
export function judgeSubstitution(side: MathSide, value: number, subject: Subject | undefined, carried: Carried, ctx: JudgeContext, memory: DocumentMemory, rounds: number | undefined): SubstitutionResult {
  const slack = roundingSlack(side.node, side.numbers, ctx.net.givenValues);
  if (!subject) return { claims: [], carried: { arithmetic: value, arithmeticSide: side, slack, tainted: false }, memory };
  const operands = carried.formula ? judgeOperands(carried.formula, side, ctx, memory, rounds) : [];
  const inherited = side.numbers.find((n) => memory.printedWrong(n.text))?.text;
  const tainted = operands.some((c) => c.verdict === 'erratum') || inherited !== undefined;
  const claims = [...operands];
  let next = memory;
  if (!tainted && plausible({ arithmetic: value, slack }, ctx.net.exact(subject.id))) next = next.with({ kind: 'arithmetic', id: subject.id, value });
  const before = carried.arithmeticSide ? { value: carried.arithmetic!, side: carried.arithmeticSide } : next.lastArithmetic(subject.id);
  if (before) claims.push(...termClaims(side, before, ctx.nearest, (id) => ctx.net.exact(id)));
  next = next.with({ kind: 'lastArithmetic', id: subject.id, arithmetic: { value, side } });
  return { claims, carried: { arithmetic: value, arithmeticSide: side, slack, tainted, ...(inherited ? { inherited } : {}) }, memory: next };
}

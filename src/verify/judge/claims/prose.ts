// Judges numbers the prose states about the network, before or after N rounds of training, like printed values, with the same slips.
import type { ResolvedProse } from '../../resolve/proseSubjects.js';
import type { Claim } from '../claim.js';
import type { JudgeContext } from '../judgeContext.js';
import type { DocumentMemory } from '../memory.js';
import { judgeNumberLazily, printedDecimals } from '../verdict.js';
import { handSig, shownHand } from '../shownHand.js';
import { fromPercent } from '../../read/exampleOutputs.js';

/** A prose claim keeps its document offset: it has no equation to be placed in. */
export type ProseClaim = Claim & { offset: number };

export function judgeProse(numbers: readonly ResolvedProse[], ctx: JudgeContext, memory: DocumentMemory): ProseClaim[] {
  const claims: ProseClaim[] = [];
  for (const p of numbers) {
    const id = p.rounds === 0 ? p.id : ctx.net.inRounds(p.id, p.rounds);
    if (id === undefined) continue;
    const own = memory.arithmeticFor(id) ?? [];
    // 27.41% is judged as 0.2741, and reported as printed
    const text = p.percent ? fromPercent(p.text) : p.text;
    const verdict = judgeNumberLazily(text, ctx.net.exact(id), () => {
      const hand = p.rounds === 0 ? shownHand(id, printedDecimals(text), ctx, memory, handSig(text)) : { rounded: [], truncated: [] };
      return { rounded: [...own, ...hand.rounded], truncated: hand.truncated };
    });
    const slip = verdict.verdict === 'erratum' ? ctx.explain({ printed: text, subjectId: id, verdict: verdict.verdict }) : undefined;
    const subject = `${p.rounds === 0 ? p.name : ctx.net.nameOf(id)}${p.percent ? ' (in percent)' : ''}`;
    const expected = p.percent && verdict.expected !== undefined ? { expected: `${verdict.expected} (${(Number(verdict.expected) * 100).toFixed(printedDecimals(p.text))}%)` } : {};
    const claim: ProseClaim = { kind: 'prose', ...verdict, ...expected, start: 0, offset: p.offset, printed: p.text, subject, quantity: id, ...(slip ?? {}) };
    const cause = verdict.verdict === 'erratum' ? memory.wrongRoot(p.text) : undefined;
    if (cause) claim.cause = cause;
    claims.push(claim);
  }
  return claims;
}

// Judges numbers the prose states about the network, before or after N rounds of training, like printed values, with the same slips.
import type { ResolvedProse } from '../../resolve/proseSubjects.js';
import type { Claim } from '../claim.js';
import type { JudgeContext } from '../judgeContext.js';
import type { DocumentMemory } from '../memory.js';
import { judgeNumberLazily, printedDecimals } from '../verdict.js';
import { shownHand } from '../shownHand.js';

/** A prose claim keeps its document offset: it has no equation to be placed in. */
export type ProseClaim = Claim & { offset: number };

export function judgeProse(numbers: readonly ResolvedProse[], ctx: JudgeContext, memory: DocumentMemory): ProseClaim[] {
  const claims: ProseClaim[] = [];
  for (const p of numbers) {
    const id = p.rounds === 0 ? p.id : ctx.net.inRounds(p.id, p.rounds);
    if (id === undefined) continue;
    const own = memory.arithmeticFor(id) ?? [];
    const verdict = judgeNumberLazily(p.text, ctx.net.exact(id), () => {
      const hand = p.rounds === 0 ? shownHand(id, printedDecimals(p.text), ctx, memory) : { rounded: [], truncated: [] };
      return { rounded: [...own, ...hand.rounded], truncated: hand.truncated };
    });
    const slip = verdict.verdict === 'erratum' ? ctx.explain({ printed: p.text, subjectId: id, verdict: verdict.verdict }) : undefined;
    const subject = p.rounds === 0 ? p.name : ctx.net.nameOf(id);
    const claim: ProseClaim = { kind: 'prose', ...verdict, start: 0, offset: p.offset, printed: p.text, subject, quantity: id, ...(slip ?? {}) };
    const cause = verdict.verdict === 'erratum' ? memory.wrongRoot(p.text) : undefined;
    if (cause) claim.cause = cause;
    claims.push(claim);
  }
  return claims;
}

// An answer printed before its working (exam sheets: "Answer: w_1(new) = 0.14435", then the working that rounds δ to
// 0.0887 on the way): judged as the same number printed after its working is, not against the exact value alone.
import type { Claim } from './claim.js';

export const claimKey = (equation: number, c: Pick<Claim, 'start'>): string => `${equation}:${c.start}`;

type Located = Claim & { equation: number };

/** Value errata of their own that the same quantity printed with the same digits later in the document may settle. */
export function answersFirst(claims: readonly Located[]): Set<string> {
  const out = new Set<string>();
  claims.forEach((c, i) => {
    if (c.kind !== 'value' || c.verdict !== 'erratum' || c.cause || c.quantity === undefined) return;
    if (claims.some((d, j) => j > i && d.kind === 'value' && d.quantity === c.quantity && d.printed === c.printed)) out.add(claimKey(c.equation, c));
  });
  return out;
}

/** Each deferred answer takes the verdict of the same number printed later, where that one is right or rounding. */
export function settleAnswers(claims: Located[], answers: ReadonlySet<string>): void {
  claims.forEach((c, i) => {
    if (!answers.has(claimKey(c.equation, c)) || c.verdict !== 'erratum') return;
    const later = claims.find((d, j) => j > i && d.kind === 'value' && d.quantity === c.quantity && d.printed === c.printed && (d.verdict === 'exact' || d.verdict === 'rounding-propagation'));
    if (!later) return;
    c.verdict = later.verdict;
    c.expected = later.expected;
    delete c.slip;
    c.detail = 'the answer, as its working below gives it';
  });
}

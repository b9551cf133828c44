// Numbers the text states outside math about the network before or after training ("the total error is now down to 0.291027924").
import type { CheckContext, Claim } from './checkChain.js';
import { roundsAt, type RoundsSpan } from './roundsContext.js';
import { judgeNumber, printedDecimals } from './verdict.js';

/** A number in the prose, its offset in the document, and what the sentence says it is. */
export interface ProseNumber {
  offset: number;
  text: string;
  id: string;
  subject: string;
  /** 0: the network before training ("previous o_1 was", "originally"). */
  rounds: number;
}

export interface ProseNames {
  /** A quantity id for a name written in prose (o_1, E_{total}), if the network has it. */
  resolve(name: string): { id: string; name: string } | undefined;
  /** The loss (for "error"), and the output units in order (for "the two outputs ... 0.0159 and 0.9840"). */
  root: { id: string; name: string };
  outputs: { id: string; name: string }[];
}

const SENTENCE = /(?:[^.!?\n]|\.(?=\d))+/g;
const NUMBER = /(?<![\w.])-?\d+\.\d+(?![\d.]*[A-Za-z_])/g;
const NAME = /\b[A-Za-z]+_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]+)|\b(?:total\s+)?(?:error|loss)\b|\boutputs\b/gi;
/** At most this many characters between a subject and its number ("the total error is now down to "). */
const NEAR = 40;
/** A segment this short between two numbers ("to", "and") keeps the subject. */
const CARRY = 16;
const BEFORE = /\b(?:previous|previously|originally|initially|before|from)\b/i;

/** Numbers after a subject word, in sentences that speak of training rounds or of the values before training. */
export function findProseNumbers(text: string, math: readonly [number, number][], spans: readonly RoundsSpan[], names: ProseNames): ProseNumber[] {
  const prose = blankOut(text, math);
  const found: ProseNumber[] = [];
  for (const s of prose.matchAll(SENTENCE)) {
    let subject: { id: string; name: string } | undefined;
    let plural = -1;
    let from = 0;
    for (const n of s[0].matchAll(NUMBER)) {
      const segment = s[0].slice(from, n.index);
      from = n.index! + n[0].length;
      if (/\b(?:vs\.?|target)\s*$/i.test(segment)) continue;
      const mention = [...segment.matchAll(NAME)].pop();
      // A subject counts only close to its number; a bare " to " or " and " carries the last one on.
      const near = mention !== undefined && segment.length - mention.index! - mention[0].length <= NEAR;
      if (near) {
        plural = /^outputs$/i.test(mention[0]) ? 0 : -1;
        subject = plural === 0 ? names.outputs[0] : /error|loss/i.test(mention[0]) ? names.root : names.resolve(mention[0]);
      } else if (segment.trim().length > CARRY) subject = undefined;
      else if (plural >= 0) subject = names.outputs[++plural];
      const offset = s.index! + n.index!;
      const before = BEFORE.test(segment);
      const rounds = before ? 0 : roundsAt(spans, offset);
      if (!subject || rounds === undefined) continue;
      found.push({ offset, text: n[0], id: subject.id, subject: subject.name, rounds });
    }
  }
  return found;
}

/** Judges each prose number like a printed value, with the same slips. */
export function checkProseNumbers(numbers: readonly ProseNumber[], ctx: CheckContext): (Claim & { offset: number })[] {
  const claims: (Claim & { offset: number })[] = [];
  for (const p of numbers) {
    const id = p.rounds === 0 ? p.id : ctx.inRounds(p.id, p.rounds);
    if (id === undefined) continue;
    const hand = p.rounds === 0 ? ctx.hand(id, printedDecimals(p.text)) : { rounded: [], truncated: [] };
    const own = ctx.arithmeticFor.get(id) ?? [];
    const verdict = judgeNumber(p.text, ctx.exact(id), { rounded: [...own, ...hand.rounded], truncated: hand.truncated });
    const slip = verdict.verdict === 'erratum' ? ctx.slips.label(p.text, id) ?? ctx.slips.early(p.text, id) : undefined;
    const subject = p.rounds === 0 ? p.subject : ctx.nameOf(id);
    claims.push({ kind: 'prose', ...verdict, start: 0, offset: p.offset, printed: p.text, subject, quantity: id, ...(slip ?? {}) });
  }
  return claims;
}

/** The text with every math span replaced by spaces, offsets kept (linear in the text's length). */
function blankOut(text: string, spans: readonly [number, number][]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    parts.push(text.slice(at, from), ' '.repeat(b - from));
    at = b;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

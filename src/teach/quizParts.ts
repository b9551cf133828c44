// A Markdown question sheet as the parts a quiz shows: its headings, and each $$…$$ line with the answer of its blank.
// Both LMS exports (Moodle XML, QTI 2.1) read a variant's sheet through this, so they ask the same blanks in the same order.
import type { Variant } from './variants.js';
import type { SheetAnswer } from './worksheet.js';

export type QuizPart =
  | { kind: 'heading'; level: number; text: string }
  /** A line of math; `answer` when it ends in a blank (its TeX is then everything before the blank). */
  | { kind: 'math'; tex: string; answer?: SheetAnswer };

export function quizParts(v: Variant): QuizPart[] {
  let k = 0;
  const out: QuizPart[] = [];
  for (const line of v.question.split('\n')) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) out.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.replace(/\\(.)/g, '$1') });
    const math = /^\$\$(.*)\$\$$/.exec(line);
    if (!math) continue;
    const parts = math[1]!.split(/(?<==\s*)\?(?=\s*$)/);
    if (parts.length === 2) out.push({ kind: 'math', tex: parts[0]!.trimEnd(), answer: v.answers[k++]! });
    else out.push({ kind: 'math', tex: math[1]! });
  }
  if (k !== v.answers.length) throw new Error(`quiz: ${k} blanks read for ${v.answers.length} answers`);
  return out;
}

/** The key's value as a quiz writes it: 12 significant digits, no trailing zeros. */
export const keyValue = (a: SheetAnswer): string => a.value.toPrecision(12).replace(/(\.\d*?)0+(e|$)/, '$1$2').replace(/\.(e|$)/, '$1');

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// A student's own sheet with each blank's verdict beside it, in the sheet's format: after the math that holds the
// answer (a display equation or aligned block is never broken), or at the end of a plain-text line.
import { mathSpans } from './blanks.js';
import { expectedText, type BlankMark } from './grade.js';

export type FeedbackFormat = 'tex' | 'md' | 'text';

/** The verdict as a short phrase; only fixed words and numbers, so it needs no escaping in TeX or Markdown. */
function verdict(m: BlankMark): string {
  const expected = m.mark === 'correct' ? '' : `, expected ${expectedText(m)}`;
  return `blank ${m.blank}: ${m.mark}${expected} (${m.credit} mark${m.credit === 1 ? '' : 's'})`;
}

function note(format: FeedbackFormat, text: string): string {
  if (format === 'tex') return `\n\\par\\noindent\\textbf{[${text}]}\\par\n`;
  if (format === 'md') return `\n\n> **[${text}]**\n`;
  return `   [${text}]`;
}

/** The sheet with a note after each answered blank's math (or line); blanks not found are listed at the end. */
export function feedbackSheet(text: string, marks: readonly BlankMark[], format: FeedbackFormat): string {
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const spans = format === 'text' ? [] : mathSpans(text);
  const inserts: { at: number; order: number; text: string }[] = [];
  const missing: BlankMark[] = [];
  for (const m of marks) {
    if (m.line === undefined) { missing.push(m); continue; }
    const start = lineStarts[m.line - 1] ?? text.length;
    const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const span = spans.find(([a, b]) => a <= start + 1 && start < b) ?? spans.find(([a, b]) => a >= start && a < lineEnd);
    inserts.push({ at: span ? span[1] : lineEnd, order: inserts.length, text: note(format, verdict(m)) });
  }
  let out = text;
  for (const ins of inserts.sort((a, b) => b.at - a.at || b.order - a.order)) out = out.slice(0, ins.at) + ins.text + out.slice(ins.at);
  const tail = missing.map((m) => `${verdict(m)}: no answer found`);
  if (tail.length === 0) return out;
  if (format === 'tex' && out.includes('\\end{document}')) return out.replace(/\\end\{document\}(?![\s\S]*\\end\{document\})/, `${tail.map((t) => note('tex', t)).join('')}\\end{document}`);
  return `${out}${tail.map((t) => note(format, t)).join('')}\n`;
}

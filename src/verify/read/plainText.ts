// Equations written as plain text in prose and lists (h1 = i1*w1 + i2*w2 = 2*0.15 + 3*0.20 = 0.90): found, normalized to the math grammar, positions kept.
import { equationIn, letterInFormula, normalize, PROSE, WORD, type PlainEquation } from './plainNormalize.js';
import { parseLatexMath } from './parseLatexMath.js';
import { statementsInSentence } from './plainStatements.js';

export type { PlainEquation } from './plainNormalize.js';
export { findCodeSpanEquations } from './plainStatements.js';

export interface PlainTextOptions {
  /** Read every equation that parses, not only lines that are mostly an equation (list items, lines of their own). */
  all?: boolean;
}

/**
 * Lines of `text` outside `excluded` ranges (math, code) that hold an equation: each `;`-separated piece whose
 * equation part parses with at least two sides, one name and one number. Labels ("Forward:", "h1 :") are read as
 * what they name.
 */
export function findPlainEquations(text: string, excluded: readonly { start: number; end: number }[], options: PlainTextOptions = {}): PlainEquation[] {
  const found: PlainEquation[] = [];
  const masked = blank(text, excluded);
  for (let start = 0; start < masked.length;) {
    const end = continuedEnd(masked, start, text);
    // "= 0.0075 + 0.0200 + 0.3500" on the next line continues the chain: the lines are read as one, offsets kept; a
    // line that ends with "=" before one that starts with it ("W @ dz =" / "= [ … ]") relates once
    const raw = masked.slice(start, end).replace(/=([ \t]*\n[ \t]*)=/g, (m) => `=${' '.repeat(m.length - 1)}`).replace(/\n/g, ' ');
    if (/[=≈]/.test(raw) && /\d/.test(raw)) {
      // a list item's marker (-, *, +, •, 1.) is no part of its equation: "- z = 1.3" is about z, not −z
      const marker = /^\s*(?:[-*+•]|\d+[.)])\s+/.exec(raw);
      const listItem = marker !== null;
      const line = marker ? ' '.repeat(marker[0].length) + raw.slice(marker[0].length) : raw;
      for (const { piece, from, column } of pieces(line)) {
        const eq = equationIn(piece, start + from) ?? continuationIn(piece, start + from);
        // (an equation in a column of its own is measured against its column, not the whole line)
        if (eq && !sentence(eq.latex) && (options.all || listItem || dominates(eq.latex, column ? piece : line))) found.push({ ...eq, lineEnd: end });
        else found.push(...statementsInSentence(piece, start + from).map((e) => ({ ...e, lineEnd: end })));
      }
    }
    start = end + 1;
  }
  return found;
}

/** Two spaces or more (or a tab) before a name and "=": a second equation set in a column of its own on the line. */
const COLUMN_GAP = /(?<![ \t])(?:[ ]{2,}|\t+)(?=[A-Za-z][A-Za-z0-9_]*(?:\([^()]*\))?[ \t]*(?:=|:=)(?!=))/g;

/**
 * A line's statements with their offsets: split at `;` (not `,;`: a lost \; after a comma spaces a list, [2,;1,;0]) and,
 * after an equation, at a column gap before another (`net_h1 = … = 0.3775      out_h1 = … = 0.593270`).
 */
function pieces(line: string): { piece: string; from: number; column: boolean }[] {
  const out: { piece: string; from: number; column: boolean }[] = [];
  let from = 0;
  for (const part of line.split(/(?<!,);/)) {
    let at = 0;
    for (const gap of part.matchAll(COLUMN_GAP)) {
      // (a piece that ends in its relation, `name =` with the rest of its line blank, is no equation set apart)
      if (!part.slice(at, gap.index).includes('=') || /=\s*$/.test(part.slice(at, gap.index))) continue;
      out.push({ piece: part.slice(at, gap.index), from: from + at, column: true });
      at = gap.index!;
    }
    out.push({ piece: part.slice(at), from: from + at, column: at > 0 });
    from += part.length + 1;
  }
  return out;
}

/**
 * A line that starts with "=" and holds numbers only (`=0.67(1−0.67)(−0.17)=−0.0376` under a formula in math): the
 * formula's chain continued, joined to it when the math stands just above (joinCells), else its own arithmetic.
 */
function continuationIn(piece: string, offset: number): Omit<PlainEquation, 'lineEnd'> | undefined {
  const at = piece.search(/\S/);
  if (at < 0 || piece[at] !== '=' || piece[at + 1] === '=' || piece[at + 1] === '>') return undefined;
  const normalized = normalize(piece, at, piece.length, -1);
  if (!/\d/.test(normalized.latex) || /\p{L}/u.test(normalized.latex.replace(/\\[a-z]+/g, ''))) return undefined;
  const parse = parseLatexMath(normalized.latex);
  if (parse.skipped || parse.failed.length > 0 || parse.chains.length !== 1 || !parse.chains[0]!.sides[0]!.blank) return undefined;
  return { latex: normalized.latex, offsets: normalized.offsets.map((k) => offset + k) };
}

/** The most lines a bracket left open at a line's end is followed across. */
const MAX_OPEN_LINES = 12;

/**
 * The end of the line at `start`, past the lines after it that begin with "=" (a chain continued one step a line) and
 * the lines of a bracket the line leaves open at its end (`= [` / `(0.2)(-0.341) + …,` / `]`). One blank line may stand
 * between two steps (Pandoc writes each "= …" as a paragraph) when neither holds math, which is read apart.
 */
function continuedEnd(text: string, start: number, original: string): number {
  const lineEnd = (from: number): number => (text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from));
  const plain = (from: number, to: number): boolean => text.slice(from, to) === original.slice(from, to);
  let end = lineEnd(start);
  if (!text.slice(start, end).includes('=')) return end;
  for (let open = 0; end < text.length;) {
    const next = text.slice(end + 1, end + 40);
    const afterBlank = /^[ \t]*\n[ \t]*=(?!=)/.test(next) && plain(start, lineEnd(lineEnd(end + 1) + 1));
    const continued = afterBlank || /^[ \t]*=(?!=)/.test(next);
    open = continued ? 0 : open;
    if (!continued && !(open < MAX_OPEN_LINES && leftOpen(text.slice(start, end)))) break;
    if (!continued) open++;
    end = lineEnd(afterBlank ? lineEnd(end + 1) + 1 : end + 1);
  }
  return end;
}

/** Whether the text leaves open a bracket that ends its own line (`= [`): a list written one entry a line. */
function leftOpen(text: string): boolean {
  const open: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === '[' || c === '(') open.push(k);
    else if ((c === ']' || c === ')') && open.length > 0) open.pop();
  }
  return open.length > 0 && /^[ \t]*(?:\n|$)/.test(text.slice(open[0]! + 1));
}

/** Prose words between the sides ("w_5 = 0.45 and out_h1 = 0.59"): statements made in a sentence, not one equation. */
function sentence(latex: string): boolean {
  // (a lone letter in a formula is a name: "a = sigmoid(1.0) = 0.7311", "b = a + w2 = 1")
  return [...latex.matchAll(WORD)].some((w) => PROSE.has(w[0].toLowerCase()) && !(w[0].length === 1 && letterInFormula(latex, w.index!)));
}

/** Whether the equation is most of its line (not a formula quoted in a sentence). */
function dominates(latex: string, line: string): boolean {
  const ink = (s: string): number => s.replace(/<\/?su[bp]>|[\s*_`\\]/g, '').length;
  return ink(latex) >= 0.6 * ink(line);
}

/** The text with the excluded ranges replaced by spaces, offsets kept. */
function blank(text: string, ranges: readonly { start: number; end: number }[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.end <= at) continue;
    const from = Math.max(at, r.start);
    parts.push(text.slice(at, from), spaces(text.slice(from, r.end)));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Every character but line breaks as a space (one per UTF-16 unit, as /[^\n]/g would replace them). */
function spaces(s: string): string {
  return s.split('\n').map((line) => ' '.repeat(line.length)).join('\n');
}

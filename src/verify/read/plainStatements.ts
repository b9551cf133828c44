// Statements made in passing: a sentence's `q = 3` and `1 · (-4) = -4`, and equations a page writes in inline code.
import { parseLatexMath } from './parseLatexMath.js';
import { SUPPOSING_STATEMENT } from './hedges.js';
import { equationIn, normalize, PROSE, type PlainEquation } from './plainNormalize.js';

/** `q = 3`, `w_5 = 0.45`, `out_h1 = 0.5933` inside a sentence: a short name given one number (never the S of ∂CE/∂S = …). */
const ASSIGNED = /(?<![\p{L}\p{N}_.\\^∂/])([A-Za-z][A-Za-z0-9]{0,3}(?:_\{?[A-Za-z0-9]{1,6}\}?)?)\s*=\s*([-−]?\d+(?:\.\d+)?)(?![\p{L}\p{N}_]|\.\d|\s*[-+*/·×^(=])/gu;
/** `1 · (-4) = -4` inside a sentence: numbers only, joined by operators, and the number they give. */
// (a minus sign may stand apart from its number, `( - 0.2 )`, `= - 0.0065`, as a formatter spaces it)
const WORKED = /(?<![\p{L}\p{N}_.])((?:\(\s*)?(?:[-−]\s*)?\d+(?:\.\d+)?(?:\s*\))?(?:(?:\s*[-+*/·×−]|\s+\\?_(?=\s))\s*(?:\(\s*)?(?:[-−]\s*)?\d+(?:\.\d+)?(?:\s*\))?)+)\s*=\s*([-−]?\s?\d+(?:\.\d+)?)(?![\p{L}\p{N}_]|\.\d|\s*[-+*/·×^(=])/gu;
/** Before a worked run: an operator (or a formatter's `_` for ×) means the run is the tail of a longer product. */
const TAIL_OF = /(?:[-+*/·×−^]|(?:^|\s)\\?_)\s*$/;

/**
 * Statements a sentence makes in passing ("the forward pass gives q = 3 and f = -12", "it is 1 · (-4) = -4"): each
 * a name given one number or numbers worked to one, never in a sentence that supposes ("if w5 = 0.5 …").
 */
export function statementsInSentence(piece: string, offset: number): Omit<PlainEquation, 'lineEnd'>[] {
  if (!piece.includes('=') || SUPPOSING_STATEMENT.test(piece)) return [];
  const out: Omit<PlainEquation, 'lineEnd'>[] = [];
  for (const re of [ASSIGNED, WORKED]) {
    for (const m of piece.matchAll(re)) {
      if (re === ASSIGNED && PROSE.has(m[1]!.toLowerCase())) continue;
      if (re === WORKED && TAIL_OF.test(piece.slice(0, m.index!))) continue;
      const at = m.index! + m[0].length - m[0].trimStart().length;
      const normalized = normalize(piece, at, m.index! + m[0].length, -1);
      const parse = parseLatexMath(normalized.latex);
      if (parse.skipped || parse.failed.length > 0) continue;
      out.push({ latex: normalized.latex, offsets: normalized.offsets.map((k) => offset + k) });
    }
  }
  return out.sort((a, b) => a.offsets[0]! - b.offsets[0]!);
}

/** Inline code that is a program, not an equation written in code font: calls on modules, comparisons, keywords. */
export const PROGRAM = /\b(?:np|torch|tf|math|nn|F)\.|==|!=|\+=|-=|\*=|;|\b(?:def|return|import|print|lambda|for|while|if|else|in)\b/;

/**
 * Equations a page writes in inline code (`z1 = W1 x + b1 = [0.2, 0.2]`, `W2 := 0.1 - 0.1*(-0.192) = 0.1192`): each span
 * with a relation and a number that is not a line of a program, read as plain text.
 */
export function findCodeSpanEquations(text: string, spans: readonly { start: number; end: number }[]): PlainEquation[] {
  const out: PlainEquation[] = [];
  for (const span of spans) {
    const ticks = /^`+/.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
    const content = text.slice(span.start + ticks, span.end - ticks);
    if (!/[=≈]/.test(content) || !/\d/.test(content) || PROGRAM.test(content) || content.includes('\n')) continue;
    const eq = equationIn(content, span.start + ticks);
    if (eq) out.push({ ...eq, lineEnd: span.end });
  }
  return out;
}

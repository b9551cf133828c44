// The numbers an \underbrace or \overbrace note prints (\underbrace{∂E/∂out}_{0.7414}, _{E_{o1} = 0.2748}), as statements of their own.
import { matchingBrace } from './latexBraces.js';

/** A statement read from a brace's note: its LaTeX and, for each character (and the end), its offset in the equation. */
export interface NoteStatement {
  latex: string;
  at: number[];
}

const BRACES = /\\(underbrace|overbrace)\s*\{/g;
const NUMBER = /^\(?\s*[-−]?\s*\d*\.?\d+\s*\)?$/;
/** A digit that starts a number, not one of a name's index (out_{o1}, E_1). */
const STANDALONE_DIGIT = /(?<![\w{}_^])\d/;

/**
 * Each note of an \underbrace (or \overbrace) that prints a number, as the statement it makes: a number alone says
 * what the braced expression is worth (`\underbrace{\frac{∂E}{∂out}}_{0.7414}` → `\frac{∂E}{∂out} = 0.7414`); a
 * relation is a statement itself (`_{E_{o1} = 0.2748}`); a name under a number says what the number is
 * (`\underbrace{0.7414}_{∂E/∂out}` → `∂E/∂out = 0.7414`). A note in words (\text{…}) states nothing.
 */
export function braceNotes(latex: string): NoteStatement[] {
  const out: NoteStatement[] = [];
  for (const m of latex.matchAll(BRACES)) {
    const open = m.index! + m[0].length - 1;
    const close = matchingBrace(latex, open);
    if (close < 0) continue;
    const mark = m[1] === 'underbrace' ? '_' : '^';
    const after = /^\s*/.exec(latex.slice(close + 1))![0].length + close + 1;
    if (latex[after] !== mark) continue;
    const note = script(latex, after + 1);
    if (!note) continue;
    const body = trimmed(latex, open + 1, close);
    const text = latex.slice(note.from, note.to);
    if (/\\text|\\mathrm\{[a-z]{3,}/.test(text)) continue;
    if (NUMBER.test(text.trim())) {
      if (!NUMBER.test(latex.slice(body.from, body.to))) out.push(join(latex, body, note));
    } else if (/=|\\approx/.test(text) && /\d\s*\)?\s*$/.test(text)) out.push(join(latex, note));
    else if (!STANDALONE_DIGIT.test(text) && NUMBER.test(latex.slice(body.from, body.to))) out.push(join(latex, note, body));
  }
  return out;
}

interface Span {
  from: number;
  to: number;
}

/** The script after `_` or `^` at `at`: a braced group's inside, or one character. */
function script(latex: string, at: number): Span | undefined {
  const start = /^\s*/.exec(latex.slice(at))![0].length + at;
  if (latex[start] !== '{') return /[\w.]/.test(latex[start] ?? '') ? { from: start, to: start + 1 } : undefined;
  const close = matchingBrace(latex, start);
  return close < 0 ? undefined : trimmed(latex, start + 1, close);
}

function trimmed(latex: string, from: number, to: number): Span {
  while (from < to && /\s/.test(latex[from]!)) from++;
  while (to > from && /\s/.test(latex[to - 1]!)) to--;
  return { from, to };
}

/** Spans of the equation joined by " = ", each character remembering where it stood. */
function join(latex: string, ...spans: Span[]): NoteStatement {
  let text = '';
  const at: number[] = [];
  spans.forEach((s, k) => {
    if (k > 0) {
      text += ' = ';
      at.push(s.from, s.from, s.from);
    }
    text += latex.slice(s.from, s.to);
    for (let i = s.from; i < s.to; i++) at.push(i);
  });
  at.push(spans.at(-1)!.to);
  return { latex: text, at };
}

// Finds the places a worksheet leaves for an answer (?, ???, \blank{…}, \underline{\hspace{…}}, \_\_\_, \boxed{?}, \square, ____).
// Written by hand: no library knows worksheet blanks; verify reads only some of them, so fill masks each one as `?` padded
// with spaces to its own length, which keeps every offset of verify's reading valid in the original document.

export interface Blank {
  start: number;
  end: number;
  /** The blank as the document writes it. */
  text: string;
  /** Inside math ($…$, $$…$$, \[…\], \(…\), a math environment): answers print as LaTeX there, as plain text outside. */
  math: boolean;
}

/** The commands and runs that draw a blank anywhere. */
const DRAWN = /\\blank\{[^{}]*\}|\\blank\b|\\underline\{\s*\\hspace\*?\{[^{}]*\}\s*\}|\\boxed\{\s*\?*\s*\}|(?:\\_){3,}|\\square\b|\\Box\b|_{4,}/y;
/** Question marks draw a blank in math; in prose only after = or ←, or alone in a table cell (not "Why?"). */
const QUESTION = /\?{1,3}/y;
const MATH = /\$\$[\s\S]*?\$\$|\\\[[\s\S]*?\\\]|\\\([\s\S]*?\\\)|\$(?!\s)[^$\n]+?\$|\\begin\{(equation|align|gather|multline|eqnarray)(\*?)\}[\s\S]*?\\end\{\1\2\}/g;

/** The math spans of a document, by the delimiters authors write. */
export function mathSpans(text: string): [number, number][] {
  return [...text.matchAll(MATH)].map((m) => [m.index, m.index + m[0].length]);
}

export function findBlanks(text: string): Blank[] {
  const spans = mathSpans(text);
  const inMath = (i: number): boolean => spans.some(([a, b]) => i > a && i < b);
  const out: Blank[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' && c !== '_' && c !== '?') continue;
    const re = c === '?' ? QUESTION : DRAWN;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    const math = inMath(i);
    if (c === '?' && !math && !proseBlank(text, i, i + m[0].length)) continue;
    out.push({ start: i, end: i + m[0].length, text: m[0], math });
    i += m[0].length - 1;
  }
  return out;
}

/** A question mark in prose is a blank after =, ←, a cell separator or at a line's start, and before the end of the line or cell. */
function proseBlank(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start).replace(/[ ]+$/, '');
  const after = /^[ ]*(.?)/.exec(text.slice(end))![1]!;
  const leads = before === '' || /(?:=|←|\\leftarrow|\||&|\t|\n)$/.test(before);
  return leads && /^(?:|\n|\r|\||&|\t|=|\\)$/.test(after);
}

/**
 * The document with every blank written as `?` and spaces, the same length, so verify reads each as a blank. With
 * `proseAsZero`, a blank outside math is written 0 instead: verify's plain-text reader reads `a = 0` as a claim about a
 * (so fill learns the quantity) but not `a = ?`.
 */
export function maskBlanks(text: string, blanks: readonly Blank[], proseAsZero = false): string {
  let out = '';
  let at = 0;
  for (const b of blanks) {
    out += text.slice(at, b.start) + (proseAsZero && !b.math ? '0' : '?').padEnd(b.end - b.start, ' ');
    at = b.end;
  }
  return out + text.slice(at);
}

// Equations written as plain text in prose and lists (h1 = i1*w1 + i2*w2 = 2*0.15 + 3*0.20 = 0.90): found, normalized to the math grammar, positions kept.
import { parseLatexMath } from './parseLatexMath.js';

/** A plain-text equation: its text in the math grammar, and for each of its characters the document offset it came from. */
export interface PlainEquation {
  latex: string;
  /** `offsets[k]` is the document offset of latex[k]; one more entry for the end. */
  offsets: number[];
  /** Document offset just past the equation's line. */
  lineEnd: number;
}

export interface PlainTextOptions {
  /** Read every equation that parses, not only lines that are mostly an equation (list items, lines of their own). */
  all?: boolean;
}

/** Words that end an equation written in a sentence ("= 0.90 which is the output"). */
const PROSE = new Set(['the', 'is', 'are', 'which', 'and', 'so', 'then', 'we', 'get', 'gives', 'where', 'with', 'for', 'of', 'to', 'a', 'an', 'our', 'this', 'that', 'using', 'at', 'as', 'by', 'from', 'in', 'on', 'now', 'thus', 'hence', 'therefore', 'since', 'it', 'its', 'was', 'be', 'will', 'if', 'when', 'after', 'before', 'because', 'or', 'not', 'than', 'into', 'per']);
/** Function names written in plain text and the command the math grammar knows them by. */
const FUNCTIONS: Readonly<Record<string, string>> = { exp: '\\exp', log: '\\log', ln: '\\ln', tanh: '\\tanh' };

/**
 * Lines of `text` outside `excluded` ranges (math, code) that hold an equation: each `;`-separated piece whose
 * equation part parses with at least two sides, one name and one number. Labels ("Forward:", "h1 :") are read as
 * what they name.
 */
export function findPlainEquations(text: string, excluded: readonly { start: number; end: number }[], options: PlainTextOptions = {}): PlainEquation[] {
  const found: PlainEquation[] = [];
  const masked = blank(text, excluded);
  for (let start = 0; start < masked.length;) {
    const end = continuedEnd(masked, start);
    // "= 0.0075 + 0.0200 + 0.3500" on the next line continues the chain: the lines are read as one, offsets kept
    const line = masked.slice(start, end).replace(/\n/g, ' ');
    if (line.includes('=') && /\d/.test(line)) {
      const listItem = /^\s*(?:[-*+•]|\d+[.)])\s/.test(line);
      let from = 0;
      for (const piece of line.split(';')) {
        const eq = equationIn(piece, start + from);
        if (eq && !sentence(eq.latex) && (options.all || listItem || dominates(eq.latex, line))) found.push({ ...eq, lineEnd: end });
        else found.push(...statementsInSentence(piece, start + from).map((e) => ({ ...e, lineEnd: end })));
        from += piece.length + 1;
      }
    }
    start = end + 1;
  }
  return found;
}

/** `q = 3`, `w_5 = 0.45`, `out_h1 = 0.5933` inside a sentence: a short name given one number. */
const ASSIGNED = /(?<![\p{L}\p{N}_.\\^])([A-Za-z][A-Za-z0-9]{0,3}(?:_\{?[A-Za-z0-9]{1,6}\}?)?)\s*=\s*(-?\d+(?:\.\d+)?)(?![\p{L}\p{N}_]|\.\d|\s*[-+*/·×^(=])/gu;
/** `1 · (-4) = -4` inside a sentence: numbers only, joined by operators, and the number they give. */
const WORKED = /(?<![\p{L}\p{N}_.])(\(?-?\d+(?:\.\d+)?\)?(?:\s*[-+*/·×−]\s*\(?-?\d+(?:\.\d+)?\)?)+)\s*=\s*(-?\d+(?:\.\d+)?)(?![\p{L}\p{N}_]|\.\d|\s*[-+*/·×^(=])/gu;
/** Sentences that suppose, generalize or speak of another example: their numbers are not claims about this one. */
const SUPPOSING = /\b(?:if|suppose|supposing|say|assume|assuming|imagine|were|would|could|might|let|when|whenever|unless|until|at|general|generally|typically|usually|any|every|example|instance|such as|e\.g|instead|another|other|different|approaches|tends)\b/i;

/**
 * Statements a sentence makes in passing ("the forward pass gives q = 3 and f = -12", "it is 1 · (-4) = -4"): each
 * a name given one number or numbers worked to one, never in a sentence that supposes ("if w5 = 0.5 …").
 */
function statementsInSentence(piece: string, offset: number): Omit<PlainEquation, 'lineEnd'>[] {
  if (!piece.includes('=') || SUPPOSING.test(piece)) return [];
  const out: Omit<PlainEquation, 'lineEnd'>[] = [];
  for (const re of [ASSIGNED, WORKED]) {
    for (const m of piece.matchAll(re)) {
      if (re === ASSIGNED && PROSE.has(m[1]!.toLowerCase())) continue;
      const at = m.index! + m[0].length - m[0].trimStart().length;
      const normalized = normalize(piece, at, m.index! + m[0].length, -1);
      const parse = parseLatexMath(normalized.latex);
      if (parse.skipped || parse.failed.length > 0) continue;
      out.push({ latex: normalized.latex, offsets: normalized.offsets.map((k) => offset + k) });
    }
  }
  return out.sort((a, b) => a.offsets[0]! - b.offsets[0]!);
}

/** The end of the line at `start`, past the lines after it that begin with "=" (a chain continued one step a line). */
function continuedEnd(text: string, start: number): number {
  const lineEnd = (from: number): number => (text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from));
  let end = lineEnd(start);
  if (!text.slice(start, end).includes('=')) return end;
  while (end < text.length && /^[ \t]*=(?!=)/.test(text.slice(end + 1, end + 40))) end = lineEnd(end + 1);
  return end;
}

/** A word on its own: not the letters of a name like a1 or w_2. */
const WORD = /(?<![\p{L}\p{N}_])[A-Za-z]+(?![\p{L}\p{N}_])/gu;

/** An equation part of one piece of a line, normalized, or undefined. */
function equationIn(piece: string, offset: number): Omit<PlainEquation, 'lineEnd'> | undefined {
  const first = piece.indexOf('=');
  if (first < 0) return undefined;
  let from = 0;
  // "Output delta: δₒ = …" drops its label; "h1 : i1 * w1 + … = …" reads the colon as "=".
  const colon = piece.lastIndexOf(':', first);
  let colonAsEquals = -1;
  if (colon >= 0) {
    const before = piece.slice(0, colon).replace(/[*_]/g, ' ').trim();
    if (/^[\p{L}][\p{L}\p{N}_]*$/u.test(before) && !PROSE.has(before.toLowerCase()) && before.length <= 8) colonAsEquals = colon;
    else from = colon + 1;
  }
  // The left side starts after the last prose word before the first "=".
  const words = [...piece.slice(from, first).matchAll(WORD)];
  for (const w of words) if (PROSE.has(w[0].toLowerCase()) || (w[0].length > 3 && /^[A-Z][a-z]+$/.test(w[0]))) from = Math.max(from, from + w.index! + w[0].length);
  // The last side ends before the first prose word after the last "=", or an annotation in brackets ("[sigmoid slope]").
  let to = piece.length;
  const note = /\[\s*[A-Za-z]{3,}/.exec(piece.slice(last0(piece)));
  if (note) to = last0(piece) + note.index;
  const last = piece.lastIndexOf('=');
  for (const w of piece.slice(last, to).matchAll(WORD)) {
    if (PROSE.has(w[0].toLowerCase())) {
      to = last + w.index!;
      break;
    }
  }
  const normalized = normalize(piece, from, to, colonAsEquals);
  if (!/\d/.test(normalized.latex) || !/\p{L}/u.test(normalized.latex)) return undefined;
  const parse = parseLatexMath(normalized.latex);
  if (parse.skipped || parse.failed.length > 0 || !parse.chains.some((c) => c.sides.length >= 2 && c.sides.some((s) => s.numbers.length > 0))) return undefined;
  return { latex: normalized.latex, offsets: normalized.offsets.map((k) => offset + k) };
}

/**
 * Plain text to the math grammar, each output character remembering its input offset: bold markers go, `_h1` becomes
 * `_{h1}`, `^(…)` becomes `^{…}`, `**` becomes `^`, exp/log/ln/tanh become commands, ŷ becomes `\hat{y}`.
 */
function normalize(piece: string, from: number, to: number, colonAsEquals: number): { latex: string; offsets: number[] } {
  let latex = '';
  const offsets: number[] = [];
  const emit = (s: string, at: number): void => {
    latex += s;
    for (let k = 0; k < s.length; k++) offsets.push(at);
  };
  for (let i = from; i < to; i++) {
    const c = piece[i]!;
    const rest = piece.slice(i, i + 8);
    if (i === colonAsEquals) emit('=', i);
    else if (rest.startsWith('**') || rest.startsWith('__')) (emit('  ', i), i++);
    else if (c === '`') emit(' ', i);
    else if (c === 'ŷ' || (c === 'y' && piece[i + 1] === '\u0302')) (emit('\\hat{y}', i), (i += c === 'y' ? 1 : 0));
    else if (c === '_' && /^_[A-Za-z0-9]{2,}/.test(rest)) {
      const m = /^_([A-Za-z0-9]+)/.exec(rest)!;
      emit('_{', i);
      for (let k = 0; k < m[1]!.length; k++) emit(m[1]![k]!, i + 1 + k);
      emit('}', i + m[0].length - 1);
      i += m[0].length - 1;
    } else if (c === '^' && piece[i + 1] === '(') {
      emit('^{', i);
      i++;
      let open = 1;
      for (i++; i < to && open > 0; i++) {
        if (piece[i] === '(') open++;
        if (piece[i] === ')') open--;
        if (open > 0) emit(piece[i]!, i);
      }
      emit('}', i - 1);
      i--;
    } else {
      const word = /^[A-Za-z]+/.exec(rest)?.[0];
      const before = i > 0 ? piece[i - 1]! : ' ';
      if (word && FUNCTIONS[word] && !/[A-Za-z]/.test(before) && piece[i + word.length] === '(') {
        emit(FUNCTIONS[word]!, i);
        i += word.length - 1;
      } else emit(c, i);
    }
  }
  offsets.push(from + (to - from));
  const lead = latex.length - latex.trimStart().length;
  const trimmed = latex.trim().replace(/[.,:]$/, '');
  return { latex: trimmed, offsets: offsets.slice(lead, lead + trimmed.length + 1) };
}

const last0 = (piece: string): number => Math.max(0, piece.indexOf('='));

/** Prose words between the sides ("w_5 = 0.45 and out_h1 = 0.59"): statements made in a sentence, not one equation. */
function sentence(latex: string): boolean {
  return [...latex.matchAll(WORD)].some((w) => PROSE.has(w[0].toLowerCase()));
}

/** Whether the equation is most of its line (not a formula quoted in a sentence). */
function dominates(latex: string, line: string): boolean {
  const ink = (s: string): number => s.replace(/[\s*_`]/g, '').length;
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
    parts.push(text.slice(at, from), text.slice(from, r.end).replace(/[^\n]/g, ' '));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

// Plain text to the math grammar, offsets kept: shared by the plain-text line reader and the reader of statements in sentences and code spans.
import { programDerivative, compoundId, matchingParen, layerScript } from './plainScanners.js';
import { parseLatexMath } from './parseLatexMath.js';
import { OLD } from './updateWords.js';

/** A plain-text equation: its text in the math grammar, and for each of its characters the document offset it came from. */
export interface PlainEquation {
  latex: string;
  /** `offsets[k]` is the document offset of latex[k]; one more entry for the end. */
  offsets: number[];
  /** Document offset just past the equation's line. */
  lineEnd: number;
}

/** Words that end an equation written in a sentence ("= 0.90 which is the output"). */
export const PROSE = new Set(['the', 'is', 'are', 'which', 'and', 'so', 'then', 'we', 'get', 'gives', 'where', 'with', 'for', 'of', 'to', 'a', 'an', 'our', 'this', 'that', 'using', 'at', 'as', 'by', 'from', 'in', 'on', 'now', 'thus', 'hence', 'therefore', 'since', 'it', 'its', 'was', 'be', 'will', 'if', 'when', 'after', 'before', 'because', 'or', 'not', 'than', 'into', 'per',
  // the same in the other languages course pages are written in: German, French, Spanish, Portuguese
  'und', 'oder', 'also', 'damit', 'dann', 'ist', 'sind', 'mit', 'sowie', 'et', 'ou', 'donc', 'avec', 'est', 'sont', 'puis', 'pour', 'luego', 'entonces', 'pero', 'com', 'logo']);
/** Function names written in plain text and the command the math grammar knows them by. */
const FUNCTIONS: Readonly<Record<string, string>> = { exp: '\\exp', log: '\\log', ln: '\\ln', tanh: '\\tanh' };

/** A word on its own: not the letters of a name like a1, w_2 or a^(2), nor the a of ∂a/∂m1 or ∂f/∂a. */
export const WORD = /(?<![\p{L}\p{N}_∂])[A-Za-z]+(?![\p{L}\p{N}_^]|\/∂)/gu;

/**
 * Whether the one-letter word at `at` of `text` is a name in a formula, not the article: no word before it (the text
 * starts with it, or an operator, a relation or ∂ stands before it) and an operator or relation after it (`a = 0.73`,
 * `b = a + w2`, `x · a = 1`, ∂e/∂a); "for example a = 2" has a word before its a.
 */
export function letterInFormula(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  const after = text.slice(at + 1).trimStart();
  return (before === '' || /(?:[=≈+\-−*·×/({]|\\partial)$/.test(before)) && (after === '' || /^(?:[=≈+\-−*·×/)}^_]|\\approx|\\cdot|\\times)/.test(after));
}

/** An equation part of one piece of a line, normalized, or undefined. */
export function equationIn(piece: string, offset: number): Omit<PlainEquation, 'lineEnd'> | undefined {
  // ≈ is a relation as = is: "sigmoid(1.1) ≈ 0.75"
  const first = relationIndex(piece);
  if (first < 0) return undefined;
  let from = 0;
  // "Output delta: δₒ = …" drops its label; "h1 : i1 * w1 + … = …" reads the colon as "=".
  const colon = piece.lastIndexOf(':', first);
  let colonAsEquals = -1;
  if (colon >= 0 && piece[colon + 1] !== '=') {
    const before = piece.slice(0, colon).replace(/[*_]/g, ' ').trim();
    // "output: updated_bias = …" names its own left side: the word before the colon is a label
    const named = /^\s*[\p{L}][\p{L}\p{N}_]*\s*$/u.test(piece.slice(colon + 1, first));
    if (/^[\p{L}][\p{L}\p{N}_]*$/u.test(before) && !PROSE.has(before.toLowerCase()) && before.length <= 8 && !named) colonAsEquals = colon;
    else from = colon + 1;
  }
  // The left side starts after the last prose word before the first "=": a capitalised word is a label ("Total Loss"),
  // except the one written right before the "=", which is the name ("Loss = 0.2", "Penalty = 3.4").
  const base = from;
  const words = [...piece.slice(base, first).matchAll(WORD)];
  const named = (w: RegExpMatchArray): boolean => /^[\s*]*$/.test(piece.slice(base + w.index! + w[0].length, first));
  for (const w of words) {
    const label = w[0].length > 3 && /^[A-Z][a-z]+$/.test(w[0]) && !named(w);
    // "a = 0.73" starting a line: a lone letter right before the "=" is a name, not the article
    const article = PROSE.has(w[0].toLowerCase()) && !(w[0].length === 1 && letterInFormula(piece.slice(base), w.index!));
    if (article || label) from = Math.max(from, base + w.index! + w[0].length);
  }
  // The last side ends before the first prose word after the last "=", or an annotation in brackets ("[sigmoid slope]")
  let to = piece.length;
  // or a note of two words or more in parentheses ("= 0.3825 (including bias)")
  const note = /\[\s*[A-Za-z]{3,}|\(\s*[A-Za-z]{3,}(?:\s+[A-Za-z]+)+\s*\)/.exec(piece.slice(last0(piece)));
  if (note) to = last0(piece) + note.index;
  const last = Math.max(piece.lastIndexOf('='), piece.lastIndexOf('≈'));
  for (const w of piece.slice(last, to).matchAll(WORD)) {
    if (PROSE.has(w[0].toLowerCase())) {
      to = last + w.index!;
      break;
    }
  }
  const normalized = updateWordFirst(normalize(piece, from, to, colonAsEquals));
  if (!/\d/.test(normalized.latex) || !/\p{L}/u.test(normalized.latex)) return undefined;
  const parse = parseLatexMath(normalized.latex);
  if (parse.skipped || parse.failed.length > 0 || !parse.chains.some((c) => c.sides.length >= 2 && c.sides.some((s) => s.numbers.length > 0))) return undefined;
  return { latex: normalized.latex, offsets: normalized.offsets.map((k) => offset + k) };
}

/** "new w5 = …", "updated w_{5} = …", "old w5 = …": a word for after or before the update, then the name it marks. */
const WORD_BEFORE_NAME = /^(new|updated|next|old|previous)\s+([A-Za-z][A-Za-z0-9]*(?:_\{[A-Za-z0-9]+\})?)(?=\s*(?:=|:=|\\approx))/i;

/** `new w5 = …` as `w5^{new} = …` (the word where rule update-word reads it), each character keeping its offset. */
function updateWordFirst(n: { latex: string; offsets: number[] }): { latex: string; offsets: number[] } {
  const m = WORD_BEFORE_NAME.exec(n.latex);
  if (!m) return n;
  const word = OLD.has(m[1]!.toLowerCase()) ? 'old' : 'new';
  const at = m[0].length - m[2]!.length;
  const mark = `^{${word}}`;
  return {
    latex: `${m[2]}${mark}${n.latex.slice(m[0].length)}`,
    offsets: [...n.offsets.slice(at, m[0].length), ...Array.from({ length: mark.length }, () => n.offsets[0]!), ...n.offsets.slice(m[0].length)],
  };
}

/**
 * Plain text to the math grammar, each output character remembering its input offset: bold markers go, `_h1` becomes
 * `_{h1}`, `^(…)` and `<sup>…</sup>` become `^{…}`, `\*` becomes `*`, `**` becomes `^`, exp/log/ln/tanh become commands, ŷ becomes `\hat{y}`, dloss_dz2 becomes ∂loss/∂z2.
 */
export function normalize(piece: string, from: number, to: number, colonAsEquals: number): { latex: string; offsets: number[] } {
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
    // spacing whose backslash was lost in copying (\,\; printed ,;): [2,;1,;0] is the list 2, 1, 0
    else if (c === ';' && piece[i - 1] === ',') emit(' ', i);
    // a LaTeX alignment mark left in plain text (`& d = -(t - o)`, `a &= 1`): not an operator
    else if (c === '&' && (piece[i + 1] === '=' || piece.slice(from, i).trim() === '')) emit(' ', i);
    // Markdown's escapes (Pandoc writes `w11 \* x1`): the backslash goes, the character stays
    else if (c === '\\' && (piece[i + 1] === '*' || piece[i + 1] === '_')) emit(' ', i);
    // HTML super- and subscripts: `(target - out)<sup>2</sup>`, `wh1<sup>+</sup>`, `x<sub>1</sub>`
    else if (/^<\/?su[bp]>/.test(rest)) {
      const tag = /^<(\/?)su([bp])>/.exec(rest)!;
      emit(tag[1] ? '}' : tag[2] === 'p' ? '^{' : '_{', i);
      i += tag[0].length - 1;
    } else if (c === 'ŷ' || (c === 'y' && piece[i + 1] === '\u0302')) (emit('\\hat{y}', i), (i += c === 'y' ? 1 : 0));
    else if (programDerivative(piece, i, to)) {
      // dloss_dz2, dE_dout, d_loss_d_w: a program's name for a derivative, ∂loss/∂z2
      const [whole, of, wrt] = programDerivative(piece, i, to)!;
      emit(`\\frac{\\partial ${of}}{\\partial ${wrt}}`, i);
      i += whole.length - 1;
    } else if (compoundId(piece, i, to)) {
      // net_o1_e1, z1_2, w10_1: an identifier with a number glued before its subscript or two subscripts is one name
      const id = compoundId(piece, i, to)!;
      emit(`\\mathit{${id.replace(/_/g, '\\_')}}`, i);
      i += id.length - 1;
    }
    else if (c === '_' && spacedUnderscore(piece, i, from, to)) emit('\\cdot', i);
    else if (c === '_' && /^_(?:[A-Za-z0-9]{2,}|[A-Za-z0-9]_[A-Za-z0-9])/.test(rest)) {
      // the whole subscript, however long (e_airplane), up to the piece's end; δ_o1_e1 has two: δ_{o1,e1}
      const m = /^_[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*(?![\p{L}\p{N}])/u.exec(piece.slice(i, to)) ?? /^_[A-Za-z0-9]+/.exec(piece.slice(i, to))!;
      emit('_{', i);
      for (let k = 1; k < m[0].length; k++) emit(m[0][k] === '_' ? ',' : m[0][k]!, i + k);
      emit('}', i + m[0].length - 1);
      i += m[0].length - 1;
    } else if (c === '_' && piece[i + 1] === '(') {
      // v_(w_11^(3)): a subscript that is itself a name with scripts, grouped by parentheses
      const close = matchingParen(piece, i + 1, to);
      emit('_{', i);
      const inner = normalize(piece, i + 2, close, -1);
      for (let k = 0; k < inner.latex.length; k++) emit(inner.latex[k]!, inner.offsets[k]!);
      emit('}', Math.min(close, to - 1));
      i = close;
    } else if (c === '^' && piece[i + 1] === '[' && /^\^\[[A-Za-z0-9+-]{1,4}\]/.test(piece.slice(i, to))) {
      // a_1^[2], W^[l]: Ng's layer in square brackets, as ^{[2]}
      const close = piece.indexOf(']', i);
      emit('^{', i);
      for (let k = i + 1; k <= close; k++) emit(piece[k]!, k);
      emit('}', close);
      i = close;
    } else if (c === '^' && piece[i + 1] === '(') {
      // z_1^(2), w_11^(3), a^(l+1): a name's layer or step in parentheses keeps them (z_1^{(2)}); e^(−z) is a power
      const keep = layerScript(piece, i);
      const close = matchingParen(piece, i + 1, to);
      emit(keep ? '^{(' : '^{', i);
      // the exponent is plain text too: e^(−z_1^(2))
      const inner = normalize(piece, i + 2, close, -1);
      for (let k = 0; k < inner.latex.length; k++) emit(inner.latex[k]!, inner.offsets[k]!);
      emit(keep ? ')}' : '}', Math.min(close, to - 1));
      i = close;
    } else {
      const word = /^[A-Za-z]+/.exec(rest)?.[0];
      const before = i > 0 ? piece[i - 1]! : ' ';
      const after = piece[i + (word?.length ?? 0)] ?? ' ';
      if (word && FUNCTIONS[word] && !/[A-Za-z\\]/.test(before) && after === '(') {
        emit(FUNCTIONS[word]!, i);
        i += word.length - 1;
      } else if (word && /^[A-Z]{2,4}$/.test(word) && !/[\p{L}\p{N}_\\]/u.test(before) && !/[\p{L}\p{N}_(]/u.test(after)) {
        // CE, MSE, BCE: an acronym in plain text is one name, not a product of letters
        emit(`\\mathrm{${word}}`, i);
        i += word.length - 1;
      } else emit(c, i);
    }
  }
  offsets.push(from + (to - from));
  const lead = latex.length - latex.trimStart().length;
  const trimmed = latex.trim().replace(/[.,:]$/, '');
  return { latex: trimmed, offsets: offsets.slice(lead, lead + trimmed.length + 1) };
}

/**
 * `0.474 _ (1 - 0.474)`: an underscore standing alone between two numbers (a formatter turned the page's `*` into
 * Markdown's other emphasis mark) is the multiplication it replaced; a subscript is glued to its name.
 */
function spacedUnderscore(piece: string, i: number, from: number, to: number): boolean {
  const before = piece.slice(from, i).replace(/\\$/, '');
  return /[\d)\]]\s+$/.test(before) && /^\s+[\d(\[]/.test(piece.slice(i + 1, to));
}

const last0 = (piece: string): number => Math.max(0, relationIndex(piece));

/** The index of the first = or ≈ of a piece, or -1. */
function relationIndex(piece: string): number {
  const eq = piece.indexOf('=');
  const approx = piece.indexOf('≈');
  return eq < 0 ? approx : approx < 0 ? eq : Math.min(eq, approx);
}

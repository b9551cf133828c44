// The values a program prints, as the math grammar writes them: a number (1.77005547e-04 → 1.77005547 \times 10^{-4}), a numpy array with or without commas, over lines, array(…), or a tuple of such; offsets kept.

/** A number as a program prints it, e-notation included. */
const NUMBER = /^[-−]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;

/** One value read: its text in the math grammar, each character's offset in the text. */
export interface Piece { latex: string; offsets: number[] }

export interface Value { piece: Piece; end: number; tuple?: Piece[] }

/**
 * The value at `from` (spaces skipped): a number, an array in brackets (entries split by commas or spaces, nested, over
 * lines), `np.array(…)` or numpy's printed `array(…)` around one, or with `tuples` a tuple `(…, …)` of such values.
 */
export function valueAt(text: string, from: number, limit: number, tuples: boolean): Value | undefined {
  let at = from;
  while (at < limit && /[ \t]/.test(text[at]!)) at++;
  const call = /^(?:(?:np|numpy|torch)\.)?(?:array|tensor|asarray)\(/.exec(text.slice(at, at + 20));
  if (call) {
    const inner = valueAt(text, at + call[0].length, limit, false);
    if (!inner || inner.tuple) return undefined;
    const close = /^[ \t]*(?:,[ \t]*dtype\s*=\s*[\w.]+)?[ \t]*\)/.exec(text.slice(inner.end, inner.end + 40));
    return close ? { piece: inner.piece, end: inner.end + close[0].length } : undefined;
  }
  if (tuples) return tupleAt(text, at, limit);
  if (text[at] === '[') return arrayAt(text, at, limit);
  const n = NUMBER.exec(text.slice(at, at + 40));
  if (!n || /[\w.]/.test(text[at + n[0].length] ?? '')) return undefined;
  return { piece: numberPiece(n[0], at), end: at + n[0].length };
}

/** `(0.1, 0.2)`, or `0.1, 0.2` to the line's end (Python's bare tuple). */
function tupleAt(text: string, open: number, limit: number): Value | undefined {
  const entries: Piece[] = [];
  const bracketed = text[open] === '(';
  let at = bracketed ? open + 1 : open;
  for (;;) {
    const v = valueAt(text, at, limit, false);
    if (!v) return undefined;
    entries.push(v.piece);
    const sep = (bracketed ? /^\s*([,)])/ : /^[ \t]*(,|(?=[ \t]*(?:#.*)?(?:\n|$)))/).exec(text.slice(v.end, v.end + 200));
    if (!sep) return undefined;
    at = v.end + sep[0].length;
    if (sep[1] === ')' || sep[1] === '') break;
  }
  if (entries.length < 2) return undefined;
  return { piece: entries[0]!, end: at, tuple: entries };
}

/** `[0.1 -0.3]`, `[[1, 2], [3, 4]]`, numpy's `[[ 1.77e-04 -5.11e-04]\n [ 3.54e-05 …]]`: as `[0.1, -0.3]` in the grammar. */
function arrayAt(text: string, open: number, limit: number): Value | undefined {
  const piece: Piece = { latex: '', offsets: [] };
  const emit = (s: string, at: number): void => {
    piece.latex += s;
    for (let k = 0; k < s.length; k++) piece.offsets.push(at);
  };
  emit('[', open);
  const numbers: ArrayNumber[] = [];
  const items: number[] = [0];
  let at = open + 1;
  while (items.length > 0) {
    while (at < limit && /[\s,]/.test(text[at]!)) at++;
    if (at >= limit) return undefined;
    if (text[at] === ']') {
      emit(']', at++);
      items.pop();
      continue;
    }
    if (items[items.length - 1]! > 0) emit(', ', at);
    items[items.length - 1]!++;
    if (text[at] === '[') {
      emit('[', at++);
      items.push(0);
      continue;
    }
    const n = NUMBER.exec(text.slice(at, at + 40));
    if (!n || !/[\s,\]]/.test(text[at + n[0].length] ?? '')) return undefined;
    const number = numberPiece(n[0], at);
    piece.latex += number.latex;
    piece.offsets.push(...number.offsets);
    numbers.push({ text: n[0], after: piece.latex.length });
    at += n[0].length;
  }
  return { piece: withNumpyPrecision(piece, numbers), end: at };
}

/** A number of an array as read, and where its text ends in the array's grammar text. */
interface ArrayNumber { text: string; after: number }

/**
 * numpy prints an array's whole numbers with a point and no digits (`[ 0.29918962 -2. ]`): -2. is -2 to the digits of
 * the others, so it is given their decimals (-2.00000000), and a wrong -2.19829401 is not -2 rounded to units.
 */
function withNumpyPrecision(piece: Piece, numbers: readonly ArrayNumber[]): Piece {
  const places = (t: string): number => (t.includes('.') ? t.length - 1 - t.indexOf('.') : 0);
  const decimals = Math.max(0, ...numbers.filter((n) => !/[eE]/.test(n.text)).map((n) => places(n.text)));
  if (decimals === 0 || !numbers.some((n) => n.text.endsWith('.'))) return piece;
  let { latex, offsets } = piece;
  for (const n of [...numbers].reverse()) {
    if (!n.text.endsWith('.')) continue;
    latex = latex.slice(0, n.after) + '0'.repeat(decimals) + latex.slice(n.after);
    offsets = [...offsets.slice(0, n.after), ...Array.from({ length: decimals }, () => offsets[n.after - 1]!), ...offsets.slice(n.after)];
  }
  return { latex, offsets };
}

/** A number: `1.77005547e-04` → 1.77005547 \times 10^{-4} (the judge reads that as a value printed to its digits). */
function numberPiece(s: string, at: number): Piece {
  const m = /^([-−]?[\d.]+)[eE]([-+]?\d+)$/.exec(s);
  const sign = (t: string): string => t.replace('−', '-');
  if (!m) return { latex: sign(s), offsets: Array.from(s, (_, k) => at + k) };
  const power = Number(m[2]);
  const latex = `${sign(m[1]!)} \\times 10^{${power}}`;
  return { latex, offsets: Array.from(latex, (_, k) => at + Math.min(k, s.length - 1)) };
}

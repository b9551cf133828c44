// Values a program prints, in a notebook cell's output or a code block of printed values (`err:  0.115`, `h_out : [0.5597 0.3870]`, `Linear output (z): -0.5`, a label line over a printed array, `w = array([0.1, -0.3])`, `(w1, w2) = (0.1, 0.2)`): read as `name = value` statements, positions kept.
import type { PlainEquation } from './plainNormalize.js';
import { parseLatexMath } from './parseLatexMath.js';
import { isProgram } from './codeBlocks.js';
import { valueAt, type Piece, type Value } from './printedNumbers.js';
import { namedLists, tupleNames, type NamedList } from './tupleNames.js';

/** A label as a program prints it: a name (h_out, delta2, dL/dW2), maybe one word after it (W1 novo), maybe a note in brackets. */
const LABEL = /^[ \t]*(d[A-Za-z]\w*\/d[A-Za-z]\w*|[\p{L}][\p{L}\p{N}_]*)(?:[ \t]+([\p{L}]+))?(?:[ \t]*\(([^()\n]*)\))?[ \t]*([:=])(?!=)[ \t]*/u;
/** A note in brackets that is one symbol (`Linear output (z): -0.5`): the name the label's words describe. */
const SYMBOL_NOTE = /^[ \t]*([A-Za-z]\w*)[ \t]*$/;
/** English words a program's label puts before a name for its value after the update (`Updated weight`, `Adjusted b`, `New W`). */
const UPDATED_BEFORE = /^(?:updated|adjusted|new|corrected)$/i;
/** `(w1, w2) = ` or `w1, w2 = `: names given the entries of one tuple. */
const NAMES = /^[ \t]*\(?[ \t]*([A-Za-z]\w*(?:[ \t]*,[ \t]*[A-Za-z]\w*)+)[ \t]*\)?[ \t]*=(?!=)[ \t]*/;
/** Words a program uses that are no quantity's name. */
const KEYWORDS = new Set(['return', 'print', 'if', 'for', 'while', 'def', 'import', 'from', 'in', 'and', 'or', 'not', 'lambda', 'else', 'elif', 'class', 'assert', 'with', 'self', 'np', 'torch', 'shape', 'dtype', 'seed', 'size', 'epoch', 'step', 'iteration', 'iter', 'range']);


/**
 * The `name = value` statements of the code blocks `blocks` (body ranges in `text`) that are no program (a cell's
 * output, a block of printed values): every line that gives a name a number or an array of numbers (commas or spaces
 * between entries, over several lines), and a label line alone over a printed array or number. Computed right sides
 * and strings are left alone; a name given values twice in one block (a loop's log) gives none. A program's own
 * numbers (its settings may be another example's) stay in code.
 */
export function findPrintedValues(text: string, blocks: readonly { start: number; end: number }[]): PlainEquation[] {
  const out: PlainEquation[] = [];
  const lists = namedLists(text, blocks);
  for (const block of blocks) {
    if (isProgram(text.slice(block.start, block.end))) continue;
    const found: Found[] = [];
    let at = block.start;
    while (at < block.end) {
      const lineEnd = endOfLine(text, at, block.end);
      const statements = statementAt(text, at, lineEnd, block.end, lists);
      if (statements) {
        found.push(...statements.found);
        at = statements.end + 1;
      } else at = lineEnd + 1;
    }
    const layered = layeredFamilies(found);
    const equations = found.map((f) => statement(labelLatex(f.name, f.word, f.at, f.array ? undefined : layerOf(f, layered)), f.value, f.lineEnd));
    const names = equations.map((e) => e?.latex.slice(0, e.latex.indexOf(' = ')));
    out.push(...equations.filter((e, k): e is PlainEquation => e !== undefined && names.indexOf(names[k]) === names.lastIndexOf(names[k])));
  }
  return out;
}

/** A value read with its label: the name as printed, a word after it, where the name starts, and where its line ends. */
interface Found { name: string; word?: string; at: number; value: Piece; array: boolean; lineEnd: number }

/** `delta2` → family `delta` and layer 2 (also `dL/db2`, `b2 novo`); undefined for a name that ends in no digit. */
function familyOf(f: Found): { family: string; layer: string } | undefined {
  const m = /^(.*[A-Za-z])(\d)$/.exec(f.name);
  return m ? { family: `${m[1]} ${f.word ?? ''}`, layer: m[2]! } : undefined;
}

/**
 * Families whose digit counts layers: where one member of the block is printed as an array (delta1: [-0.509 0.318]),
 * its digit is a layer, as the matrix reader reads it (W_1 → W_{12}^{(1)}); a scalar of the same family (delta2: -1.09)
 * is the one unit of its layer.
 */
function layeredFamilies(found: readonly Found[]): Set<string> {
  return new Set(found.filter((f) => f.array).map((f) => familyOf(f)?.family).filter((x): x is string => x !== undefined));
}

function layerOf(f: Found, layered: ReadonlySet<string>): string | undefined {
  const family = familyOf(f);
  return family && layered.has(family.family) ? family.layer : undefined;
}

function endOfLine(text: string, at: number, limit: number): number {
  const k = text.indexOf('\n', at);
  return k < 0 || k > limit ? limit : k;
}

/** The values a line starting at `at` gives (with the lines its value runs on), and where they end. */
function statementAt(text: string, at: number, lineEnd: number, limit: number, lists: readonly NamedList[]): { found: Found[]; end: number } | undefined {
  const line = text.slice(at, lineEnd);
  const names = NAMES.exec(line);
  if (names) {
    const value = valueAt(text, at + names[0].length, limit, true);
    const list = names[1]!.split(',').map((n) => n.trim());
    if (!value || !value.tuple || value.tuple.length !== list.length || !restIsBlank(text, value.end, limit)) return undefined;
    const end = endOfLine(text, value.end, limit);
    let from = at + names.index + names[0].indexOf(names[1]!);
    const found = list.map((name, k): Found => {
      const start = text.indexOf(name, from);
      from = start + name.length;
      const entry = value.tuple![k]!;
      return { name, at: start, value: entry, array: entry.latex.startsWith('['), lineEnd: end };
    });
    return { found, end };
  }
  const m = LABEL.exec(line);
  if (!m) return undefined;
  if (KEYWORDS.has(m[1]!.toLowerCase()) || (m[2] !== undefined && KEYWORDS.has(m[2].toLowerCase()))) return undefined;
  // words, then a symbol in brackets and a colon (`ReLU activation (a): 0.0`), print the symbol's value; softmax(z) = … is a call
  const symbol = m[3] === undefined || m[4] !== ':' || !/[ \t]\(/.test(m[0]) ? undefined : SYMBOL_NOTE.exec(m[3])?.[1];
  // a word for "after the update" before the name (`Updated weight: 0.5`, `Adjusted W =`): the name, marked new
  const updated = symbol === undefined && m[2] !== undefined && UPDATED_BEFORE.test(m[1]!);
  const name = symbol ?? (updated ? m[2]! : m[1]!);
  let valueStart = at + m[0].length;
  // a label alone on its line (`dL/dW1:`, `dw_ho (hidden to output):`, numpy's `print("W =\n", W)`): its value is the
  // next line, if that is a value alone (after `=`, an array)
  if (valueStart >= lineEnd && (m[4] === ':' || /^[ \t]*\[/.test(text.slice(lineEnd + 1, lineEnd + 40)))) valueStart = lineEnd + 1;
  const value: NamedValue | undefined = valueAt(text, valueStart, limit, false) ?? (m[4] === '=' ? namedTuple(text, valueStart, limit, lists) : undefined);
  if (!value || (value.tuple && !value.names) || !restIsBlank(text, value.end, limit)) return undefined;
  const end = endOfLine(text, value.end, limit);
  const nameAt = symbol === undefined ? line.indexOf(name, updated ? line.indexOf(m[1]!) + m[1]!.length : 0) : m[0].lastIndexOf(symbol);
  if (value.names) return { found: value.names.map((n, k): Found => ({ name: n, at: at + nameAt, value: value.tuple![k]!, array: value.tuple![k]!.latex.startsWith('['), lineEnd: end })), end };
  const found: Found = { name, at: at + nameAt, value: value.piece, array: value.piece.latex.startsWith('['), lineEnd: end };
  return { found: [updated ? { ...found, word: 'new' } : m[2] === undefined || symbol !== undefined ? found : { ...found, word: m[2] }], end };
}

/** A value, and for a tuple given to one name the names of its entries. */
type NamedValue = Value & { names?: string[] };

/** A tuple given to one name (`exp = (…, …)`), its entries named by an earlier line of as many values of the same kinds. */
function namedTuple(text: string, from: number, limit: number, lists: readonly NamedList[]): NamedValue | undefined {
  const value = valueAt(text, from, limit, true);
  if (!value?.tuple || !/^[ \t]*\(/.test(text.slice(from, from + 20))) return undefined;
  const names = tupleNames(lists, from, value.tuple);
  return names ? { ...value, names } : undefined;
}

/** Whether nothing but a comma or a comment follows a value on its line. */
function restIsBlank(text: string, from: number, limit: number): boolean {
  return /^[ \t]*,?[ \t]*(?:#.*)?$/.test(text.slice(from, endOfLine(text, from, limit)));
}

/** `name = value` in the math grammar, or undefined when it does not parse as one statement of a name and numbers. */
function statement(name: Piece | undefined, value: Piece, lineEnd: number): PlainEquation | undefined {
  if (!name) return undefined;
  const latex = `${name.latex} = ${value.latex}`;
  const offsets = [...name.offsets, ...Array.from(' = ', () => name.offsets[name.offsets.length - 1]!), ...value.offsets];
  const parse = parseLatexMath(latex);
  if (parse.skipped || parse.failed.length > 0 || parse.chains.length !== 1 || parse.chains[0]!.sides.length !== 2) return undefined;
  return { latex, offsets: [...offsets, offsets[offsets.length - 1]! + 1], lineEnd };
}

/**
 * A name in the math grammar: `h_out` → h_{out}, `delta2` as written (delta^{(2)} when `layer` says its digit is a layer),
 * `dL/dW2` → ∂L/∂W2, a word after it (W1 novo) as a mark W1^{novo}; letters with accents lose them (Previsão → Previsao).
 */
function labelLatex(name: string, word: string | undefined, at: number, layer?: string): Piece | undefined {
  const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
  const derivative = /^d([A-Za-z]\w*)\/d([A-Za-z]\w*)$/.exec(name);
  // in a layered family the last digit is the layer: delta2 → delta^{(2)}, dL/db2 → ∂L/∂b^{(2)}, b2 novo → b^{(2novo)}
  const own = layer === undefined ? (s: string, k: number) => identifier(s, k) : (s: string, k: number): [string, number][] => [...identifier(s.slice(0, -1), k), [`^{(${layer}${word === undefined ? '' : plain(word)})}`, k + s.length - 1]];
  const parts: [string, number][] = derivative
    ? [['\\frac{\\partial ', at], ...identifier(derivative[1]!, at + 1), ['}{\\partial ', at + name.indexOf('/')], ...own(derivative[2]!, at + name.indexOf('/') + 2), ['}', at + name.length - 1]]
    : own(plain(name), at);
  if (word !== undefined && layer === undefined) parts.push([`^{${plain(word)}}`, at + name.length]);
  if (parts.length === 0 || (derivative && parts.length < 5)) return undefined;
  const latex = parts.map((p) => p[0]).join('');
  if (!/^[\x20-\x7e]+$/.test(latex)) return undefined;
  return { latex, offsets: parts.flatMap(([s, k]) => Array.from(s, () => k)) };
}

/** `h_out` → h_{out} (one subscript: the rest after the first underscore), other names as written. */
export function identifier(name: string, at: number): [string, number][] {
  const u = name.indexOf('_');
  if (u === name.length - 1) return [];
  if (u <= 0) return [[name, at]];
  return [[name.slice(0, u), at], [`_{${name.slice(u + 1).replace(/_/g, '')}}`, at + u]];
}

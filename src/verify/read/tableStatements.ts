// Numbers in tables read as statements: a row named w_5 under a "Gradient" column says ∂E/∂w_5 = 0.0822; a column named
// E in a table with an Epoch column says what E is after that many updates. Tables that name nothing are left to coverage.
import { ConstantNode, SymbolNode } from '../../util/mathjs.js';
import type { DocumentFormat } from './extractEquations.js';
import type { LineIndex } from './lineIndex.js';
import { parseLatexMath } from './parseLatexMath.js';
import { equationIn } from './plainNormalize.js';
import type { DocumentEquation } from './readEquations.js';
import type { RoundsSpan } from './roundsContext.js';
import { findTables, type DocumentTable, type TableCell } from './tables.js';
import { formulaColumns } from './formulaColumns.js';
import { formulaRows } from './formulaRows.js';

/** What a column header says the numbers under it are, for the quantity the row names. */
const KIND_WORDS: readonly [RegExp, (name: string, loss: string) => string][] = [
  [/^(?:values?|initial|old|current|before|original|weights?|w)$/i, (x) => x],
  [/^(?:gradients?|grad|derivatives?|partial|∂E\/∂w|dE\/dw|\\frac\{\\partial E\}\{\\partial w\})$/i, (x, loss) => `\\frac{\\partial ${loss}}{\\partial ${x}}`],
  [/^(?:new|updated|after|next|new values?|updated values?|new weights?|updated weights?|w\^?\+|w')$/i, (x) => `{${x}}^{+}`],
  // a row per unit ($h_1$): its net input and its output, as code and worked lines write them (h1_net, h1_out)
  [/^(?:net(?:\s+input)?|input|net\s+in|z|sums?|weighted\s+sums?|pre-?activation|logits?)$/i, (x) => `${unitWord(x)}_{net}`],
  [/^(?:outputs?|out|activations?|a)$/i, (x) => `${unitWord(x)}_{out}`],
];
/** A unit's name as one word: h_1 → h1, o_{2} → o2 (the unit's own name, to which rule unit-name adds _net and _out). */
const unitWord = (latex: string): string => latex.replace(/[_{}\s]/g, '');
/** The loss as the document writes it (E_{total}, L), for a Gradient column. */
function lossLatex(names: readonly string[]): string {
  const key = names.find((n) => /^(?:E|L|J|C)(?:_(?:total|tot))?$/.test(n));
  return key ? key.replace(/_(\w+)$/, '_{$1}') : 'E';
}

const STEP = /^(?:steps?|epochs?|iterations?|iter|rounds?|updates?|t|k|#)$/i;

export interface TableStatements {
  equations: DocumentEquation[];
  rounds: RoundsSpan[];
  /** Cells whose math computes the quantity the column names (| step | w | new w | … $1.2 - 0.3(-1.6) = 1.680$ |). */
  subjects: CellSubject[];
}

/** A cell's offsets and the name its column gives whatever the cell computes. */
export interface CellSubject {
  start: number;
  end: number;
  name: string;
}

/** "New w", "Updated $w_5$", "next w": the column holds the value after the row's update. */
const UPDATE_HEADER = /^(?:new|updated|next)\s+(.+)$/i;

/** Statements from the tables outside `taken` (math and code), with each number at its own document offset. */
export function tableStatements(text: string, format: DocumentFormat, lines: LineIndex, taken: readonly { start: number; end: number }[], names: readonly string[]): TableStatements {
  const out: TableStatements = { equations: [], rounds: [], subjects: [] };
  const loss = lossLatex(names);
  const free = (c: TableCell): boolean => c.number !== undefined && !taken.some((t) => c.number!.offset >= t.start && c.number!.offset < t.end);
  for (const table of findTables(text, format)) {
    const numbers = { ...table, rows: table.rows.map((r) => r.map((c) => (free(c) ? c : { text: c.text, offset: c.offset }))) };
    byRows(numbers, out, lines, loss) || byLabels(numbers, out, lines) || byColumns(numbers, out, lines);
    equationCells(table, text, taken, lines, out);
    out.equations.push(...formulaColumns(numbers, lines), ...formulaRows(table, text, taken, lines));
  }
  return out;
}

const SPACED_UNDERSCORE = /[\d)\]]\s+\\?_\s+[\d(\[]/;

/** A cell written as a whole equation in plain text, ending in a number (| 1 | 1 | g(10) = 1 |): read as it stands. */
function equationCells(table: DocumentTable, text: string, taken: readonly { start: number; end: number }[], lines: LineIndex, out: TableStatements): void {
  for (const c of table.rows.flat()) {
    const inside = taken.some((t) => c.offset < t.end && c.offset + c.text.length > t.start);
    // the cell as printed (no $, backticks or bold dropped), so each character keeps its document offset
    if (c.number || inside || !/[=≈]/.test(c.text) || text.slice(c.offset, c.offset + c.text.length) !== c.text) continue;
    // 0.474 _ (1 - 0.474) = 0.1311: an underscore between numbers is a multiplication sign, read as plain text does
    const plain = SPACED_UNDERSCORE.test(c.text) ? equationIn(c.text, 0) : undefined;
    const latex = plain?.latex ?? c.text;
    const parse = parseLatexMath(latex);
    if (parse.skipped || parse.failed.length > 0 || parse.chains.length !== 1) continue;
    const sides = parse.chains[0]!.sides;
    if (sides.length < 2 || sides.at(-1)!.numbers.length !== 1 || !(sides.at(-1)!.node instanceof ConstantNode)) continue;
    const offsets = plain ? plain.offsets.map((k) => c.offset + k) : Array.from({ length: c.text.length + 1 }, (_, i) => c.offset + i);
    const equation = { index: 0, latex, offset: c.offset, ...lines.locate(c.offset), delimiter: 'plain' as const, display: false, region: -1, regionClose: c.offset + c.text.length, offsets };
    out.equations.push({ equation, parse });
  }
}

/** | quantity | value | gradient | new |: the first column names, the header says what each number is. */
function byRows(table: DocumentTable, out: TableStatements, lines: LineIndex, loss: string): boolean {
  const kinds = table.header.map((h) => KIND_WORDS.find(([re]) => re.test(h.text.trim()))?.[1]);
  if (!kinds.slice(1).some(Boolean)) return false;
  const named = table.rows.filter((r) => r[0] && nameLatex(r[0].text) !== undefined);
  if (named.length === 0 || named.length < table.rows.length / 2) return false;
  for (const row of named) {
    const name = nameLatex(row[0]!.text)!;
    row.forEach((c, j) => {
      const kind = kinds[j];
      if (j > 0 && kind && c.number) out.equations.push(statement(kind(name, loss), row[0]!, c, lines));
    });
  }
  return true;
}

/** A header that ends in one letter (`score $z$`, `probability p`, `$\delta$`): the letter. */
const HEADER_LETTER = /(?:^|\s)\$?([A-Za-z]|\\(?:delta|sigma))\$?$/;
/** A row label that is one identifier (dog, h_1, $o_2$, \text{cat}): it, as one word. */
const ROW_LABEL = /^\$?(?:\\text\{)?([A-Za-z][A-Za-z0-9]*(?:_\{?[A-Za-z0-9]+\}?)?)\}?\$?$/;

/**
 * | class | score $z$ | probability $p$ |: rows labelled by a unit or class (dog, h_1), columns by a letter; each number is
 * the letter with the row's label as its subscript (p_{dog}, a_{h1}), which the resolver reads or lists.
 */
function byLabels(table: DocumentTable, out: TableStatements, lines: LineIndex): boolean {
  const letters = table.header.map((h, j) => (j === 0 ? undefined : HEADER_LETTER.exec(h.text.trim())?.[1]));
  const labels = table.rows.map((r) => {
    const label = r[0] && !r[0].number ? ROW_LABEL.exec(r[0].text.trim())?.[1] : undefined;
    return label === undefined ? undefined : unitWord(label);
  });
  if (!letters.some(Boolean) || labels.filter(Boolean).length < 2) return false;
  table.rows.forEach((row, i) => {
    const label = labels[i];
    if (label) row.forEach((c, j) => void (letters[j] && c.number && out.equations.push(statement(`${letters[j]}_{${label}}`, row[0]!, c, lines))));
  });
  return true;
}

/** | epoch | E | w_5 |: the header names the quantities, a step column (if any) says after how many updates. */
function byColumns(table: DocumentTable, out: TableStatements, lines: LineIndex): void {
  const step = table.header.findIndex((h) => STEP.test(h.text.trim()));
  // after k updates, a "New w" (or θ_{new}) column is w after k + 1
  const updated = table.header.map((h, j) => (step < 0 || j === step ? undefined : nameLatex(updatedBase(h.text), false)));
  const names = table.header.map((h, j) => (j === step || updated[j] ? undefined : nameLatex(h.text)));
  if ((!names.some(Boolean) && !updated.some(Boolean)) || (step < 0 && table.rows.length !== 1)) return;
  const base = stepBase(table, step);
  for (const row of table.rows) {
    const k = step >= 0 ? row[step]?.number : undefined;
    if (step >= 0 && (!k || !Number.isSafeInteger(k.value) || k.value < base)) continue;
    const cells = row.filter((c, j) => names[j] !== undefined && c.number);
    const done = k ? k.value - base : 0;
    // the first row too (after 0 updates): a name whose step is the row's (m_t) is read only where a row says it
    if (k && cells.length > 0) out.rounds.push({ start: row[0]!.offset, end: row.at(-1)!.offset + row.at(-1)!.text.length + 1, rounds: done, step: k.value });
    for (const c of cells) out.equations.push(statement(names[row.indexOf(c)]!, c, c, lines)); // placed at the cell: its row's rounds hold
    row.forEach((c, j) => {
      if (!updated[j] || !k) return;
      const end = c.offset + c.text.length;
      out.rounds.push({ start: c.offset, end, rounds: done + 1 });
      if (c.number) out.equations.push(statement(updated[j]!, c, c, lines));
      else out.subjects.push({ start: c.offset, end, name: updated[j]! });
    });
  }
}

/** What a header names the new value of: New w → w, θ_{\text{new}} → θ, w^{+} → w; '' for any other header. */
function updatedBase(header: string): string {
  const text = header.trim();
  const word = UPDATE_HEADER.exec(text)?.[1];
  if (word !== undefined) return word.replace(/\$/g, '');
  const mark = /(?:_\{\s*(?:\\(?:text|mathrm)\{)?(?:new|updated|next)\}?\s*\}|_(?:new|updated|next)|\^\{?\+\}?)$/i.exec(text);
  return mark ? text.slice(0, mark.index) : '';
}

/** A header for the value after the row's step: New w, updated w, w_{new}, \theta_{\text{new}}, w^+. */
const NEW_COLUMN = /(?:^|[^A-Za-z])(?:new|updated|next)(?![A-Za-z])|\^\{?\+/i;

/**
 * How many updates came before the row of step k: k, or k − 1 where the steps count from 1 and a column holds the value
 * after the step (| t | θ | … | θ_new | with t = 1 first: θ is the value going into step t, θ_new the one after it).
 */
function stepBase(table: DocumentTable, step: number): number {
  if (step < 0 || !table.header.some((h, j) => j !== step && NEW_COLUMN.test(h.text))) return 0;
  const first = table.rows.map((r) => r[step]?.number?.value).find((v) => v !== undefined);
  return first === 1 ? 1 : 0;
}

/** `$L(w)$`, `E(w_1, w_2)`: a letter called on names only (no numbers), kept with its math delimiters. */
const CALL_OF_NAMES = /^(\$?)\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*\(\s*(?:\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?\s*,?\s*)+\)\s*(\$?)$/;

/** A name cell's LaTeX: $w_5$, w_5, w5, out_{h1}, \delta_{o1}; not a word (Value, Loss) and not a formula. */
function nameLatex(text: string, derivatives = true): string | undefined {
  // L(w), E(w_1, w_2): the loss as a function of the weights names the loss
  const t = text.trim().replace(CALL_OF_NAMES, '$1$2$3');
  if (t === '' || t.length > 60 || (/^[A-Za-z]{4,}$/.test(t) && t !== 'E_total')) return undefined;
  const p = parseLatexMath(t);
  if (p.skipped || p.chains.length !== 1 || p.chains[0]!.sides.length !== 1) return undefined;
  const node = p.chains[0]!.sides[0]!.node;
  const isName = node instanceof SymbolNode || (derivatives && 'fn' in node && (node as { fn: { name: string } }).fn.name === 'partial');
  return isName && p.chains[0]!.sides[0]!.numbers.length === 0 ? t : undefined;
}

/** `name = number`, each character of the LaTeX mapped to its document offset so the number reports at its cell. */
function statement(name: string, nameCell: TableCell, cell: TableCell, lines: LineIndex): DocumentEquation {
  const n = cell.number!;
  const latex = `${name} = ${n.text}`;
  const offsets = [
    ...Array.from({ length: name.length + 3 }, () => nameCell.offset),
    ...Array.from({ length: n.text.length + 1 }, (_, i) => n.offset + i),
  ];
  const equation = { index: 0, latex, offset: nameCell.offset, ...lines.locate(nameCell.offset), delimiter: 'plain' as const, display: false, region: -1, regionClose: n.offset + n.text.length, offsets };
  return { equation, parse: parseLatexMath(latex) };
}

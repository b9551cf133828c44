// A \begin{cases} that only stacks equations (no row carries a condition) is a list of equations, read row by row; so is an array whose cells hold one equation a row (a truth table).

import { NEW } from './updateWords.js';

const MARKER = /\\(begin|end)\{([A-Za-z]+\*?)\}/y;
const ROW_BREAK = /\\\\\*?(\s*\[[^\]]{0,20}\])?/y;
/** A relation at the top level of a row: what makes a row an equation rather than a value of a case split. */
const RELATION = /=|\\approx(?![A-Za-z])|≈/;
/** What may stand after & (or after \end{cases}) without being a condition: spacing and punctuation. */
const NOTHING = /^(?:\s|\\q?quad(?![A-Za-z])|\\[;,:!]|[.,;])*$/;

export interface EquationList {
  /** Offset of the \end{cases} marker and the offset just past it and the punctuation after it. */
  endFrom: number;
  endTo: number;
  /** The spacing after each row's &: nothing to read. */
  emptyCells: Array<{ from: number; to: number }>;
  /** An array used as a table: from its first row to its \end, where each row is an equation of its own. */
  ownRows?: { from: number; to: number };
  /** The & between a row's label (a name) and its equation under a column headed *new value*: read as = (w_{46} = …). */
  joins?: number[];
  /** A row of names over a row of their values: one `name = value` per column, each character at its body offset. */
  statements?: Array<{ latex: string; offsets: number[] }>;
}

/**
 * `begin` is the offset of a top-level \begin{cases} in `body`, `rowStart` where its row starts. The cases is a list
 * when it is the whole row (nothing before it, nothing after it but punctuation up to the next row break), and every
 * one of its rows is an equation with at most one &, after which nothing but spacing stands. A real case split
 * (`f(x) = \begin{cases} 1 & x > 0 \\ 0 & \text{else}\end{cases}`) is not a list.
 */
export function equationListAt(body: string, begin: number, rowStart: number): EquationList | undefined {
  if (body.slice(rowStart, begin).trim() !== '') return undefined;
  if (body.startsWith('\\begin{array}', begin)) return equationTableAt(body, begin);
  const open = '\\begin{cases}';
  if (!body.startsWith(open, begin)) return undefined;
  const rows = rowsUntilEnd(body, begin + open.length, 'cases');
  if (rows === undefined) return undefined;
  const after = body.slice(rows.endTo);
  const nextBreak = after.search(/\\\\/);
  const trailing = nextBreak < 0 ? after : after.slice(0, nextBreak);
  if (!NOTHING.test(trailing)) return undefined;
  const filled = rows.rows.filter((r) => r.some((cell) => cell.text.trim() !== ''));
  if (filled.length === 0) return undefined;
  const listed = filled.every((r) => r.length <= 2 && RELATION.test(r[0]!.text) && (r.length === 1 || NOTHING.test(r[1]!.text)));
  if (!listed) return undefined;
  const emptyCells = rows.rows.flatMap((r) => r.slice(1)).map((cell) => ({ from: cell.from, to: cell.from + cell.text.length }));
  return { endFrom: rows.endFrom, endTo: rows.endTo + trailing.length, emptyCells };
}

interface Cell {
  from: number;
  text: string;
}

interface Rows {
  rows: Cell[][];
  endFrom: number;
  endTo: number;
}

/** The rows (cells split at top-level &) from `from` to the \end{cases} that closes it; undefined if never closed. */
function rowsUntilEnd(body: string, from: number, env: string): Rows | undefined {
  const rows: Cell[][] = [];
  let cells: Cell[] = [];
  let cellStart = from;
  let braces = 0;
  let environments = 0;
  const closeCell = (at: number): void => {
    cells.push({ from: cellStart, text: body.slice(cellStart, at) });
  };
  for (let i = from; i < body.length; i++) {
    const c = body[i];
    if (c === '{') braces++;
    else if (c === '}') braces--;
    else if (c === '&' && braces === 0 && environments === 0) {
      closeCell(i);
      cellStart = i + 1;
    } else if (c === '\\') {
      MARKER.lastIndex = i;
      ROW_BREAK.lastIndex = i;
      const marker = MARKER.exec(body);
      if (marker && marker[1] === 'end' && environments === 0 && braces === 0) {
        if (marker[2] !== env) return undefined;
        closeCell(i);
        rows.push(cells);
        return { rows, endFrom: i, endTo: MARKER.lastIndex };
      }
      if (marker) {
        environments += marker[1] === 'begin' ? 1 : -1;
        i = MARKER.lastIndex - 1;
      } else if (ROW_BREAK.exec(body) && braces === 0 && environments === 0) {
        closeCell(i);
        rows.push(cells);
        cells = [];
        cellStart = ROW_BREAK.lastIndex;
        i = ROW_BREAK.lastIndex - 1;
      } else i++;
    }
  }
  return undefined;
}

const ARRAY_SPEC = /^\\begin\{array\}\s*\{[^{}]*\}/;
/** A row label that names one quantity: a letter or a Greek command with scripts (w_{46}, \theta_{4}, b_1), no number alone. */
const NAME_LABEL = /^\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:[_^](?:\{[^{}]*\}|[A-Za-z0-9]))*\s*$/;
/** The words of a header cell (\text{New value}): one of them a word for the value after the update. */
const headsNewValues = (cell: string): boolean =>
  /\\text/.test(cell) && (cell.match(/[A-Za-z]+/g) ?? []).some((w) => NEW.has(w.toLowerCase()) || /^updated?$/i.test(w));
const HLINE = /\\hline(?![A-Za-z])/g;
/** A cell that holds a whole equation: something on both sides of its first relation. */
const WHOLE = /\S\s*(?:=|\\approx(?![A-Za-z])|≈)\s*\S/;

/**
 * A top-level array used as a table whose cells hold equations (a truth table: `0 & 1 & g(-10) \approx 0 \\`): each
 * row's one equation is read on its own, the other cells (its inputs, the header) and the rules (\hline) are blanked.
 * A row with two equations, or an array with none, is not such a table.
 */
function equationTableAt(body: string, begin: number): EquationList | undefined {
  const spec = ARRAY_SPEC.exec(body.slice(begin));
  if (!spec) return undefined;
  const rows = rowsUntilEnd(body, begin + spec[0].length, 'array');
  // after it, up to the next row: punctuation, or the closing brace of a style wrapper (\class{small}{…})
  if (rows === undefined || !NOTHING.test(body.slice(rows.endTo).split('\\\\')[0]!.replace(/\}/g, ''))) return undefined;
  const named = namesOverValues(rows.rows);
  if (named) return { endFrom: rows.endFrom, endTo: rows.endTo, emptyCells: [], statements: named };
  const equations = rows.rows.map((r) => r.filter((cell) => RELATION.test(cell.text)).length);
  const header = equations[0] === 0 ? rows.rows[0]! : [];
  // several equations a row only under a header of words (Net input I_j & Output O_j), each a whole equation in its cell
  const several = header.some((cell) => /\\text/.test(cell.text)) && rows.rows.every((r) => r.every((cell) => !RELATION.test(cell.text) || WHOLE.test(cell.text)));
  if ((!several && equations.some((n) => n > 1)) || !equations.some((n) => n >= 1)) return undefined;
  // the column spec {cc|c} (the \begin{array} marker itself is blanked by the caller)
  const emptyCells = [{ from: begin + '\\begin{array}'.length, to: begin + spec[0].length }];
  const labels = new Set(rows.rows.flatMap((r) => labelledRow(r, header)));
  const joins: number[] = [];
  for (const cell of rows.rows.flat()) {
    if (labels.has(cell)) joins.push(cell.from + cell.text.length);
    if (labels.has(cell) || RELATION.test(cell.text)) for (const m of cell.text.matchAll(HLINE)) emptyCells.push({ from: cell.from + m.index, to: cell.from + m.index + m[0].length });
    else emptyCells.push({ from: cell.from, to: cell.from + cell.text.length });
  }
  return { endFrom: rows.endFrom, endTo: rows.endTo, emptyCells, ownRows: { from: rows.rows[0]![0]!.from, to: rows.endFrom }, joins };
}

const VALUE = /^\s*[-−]?\d+(?:\.\d+)?\s*$/;

/**
 * `x_1 & x_2 & w_{14} \\ 1 & 0 & 0.2`: an array of one row of names (two or more) over one row of as many numbers
 * gives each name its number, as a line of names over a line of numbers does in plain text.
 */
function namesOverValues(rows: Cell[][]): Array<{ latex: string; offsets: number[] }> | undefined {
  const filled = rows.filter((r) => r.some((cell) => cell.text.trim() !== ''));
  const [names, values] = filled;
  if (filled.length !== 2 || names!.length < 2 || names!.length !== values!.length) return undefined;
  if (!names!.every((c) => NAME_LABEL.test(c.text.replace(HLINE, ''))) || !values!.every((c) => VALUE.test(c.text.replace(HLINE, '')))) return undefined;
  return names!.map((c, k) => {
    const name = c.text.replace(HLINE, '');
    const [n, v] = [trimmed(c.from, name), trimmed(values![k]!.from, values![k]!.text.replace(HLINE, ''))];
    const latex = `${n.text} = ${v.text}`;
    const offsets = [...Array.from(n.text, (_, i) => n.at + i), v.at, v.at, v.at, ...Array.from(v.text, (_, i) => v.at + i), v.at + v.text.length];
    return { latex, offsets };
  });
}

const trimmed = (from: number, text: string): { text: string; at: number } => ({ text: text.trim(), at: from + text.length - text.trimStart().length });

/**
 * The label cell of a row `w_{46} & -0.3 + (0.9)(0.1311)(0.332) = -0.261` whose equation sits under a header cell that
 * says *new value*: the row states that name's new value (the & is read as =, so the update's own rule reads it). Under
 * any other header (a gradient, a unit's number) the label says which quantity only with the header, and stays unread.
 */
function labelledRow(row: Cell[], header: Cell[]): Cell[] {
  const k = row.findIndex((cell) => RELATION.test(cell.text));
  if (row.filter((cell) => RELATION.test(cell.text)).length > 1) return [];
  if (k < 1 || !NAME_LABEL.test(row[k - 1]!.text.replace(HLINE, '')) || /^\s*(?:=|\\approx|≈)/.test(row[k]!.text)) return [];
  return header[k] !== undefined && headsNewValues(header[k]!.text) ? [row[k - 1]!] : [];
}

// Splits a math body into equations: rows at \\, aligned cells paired (a &= b & c &= d), continuation rows (&= c) joined to the row above.
import { equationListAt } from './equationList.js';
import { matchingBrace, overlaySpecLength, skipArguments, STYLE_WRAPPERS, wrapsArgument } from './latexBraces.js';

export interface EquationSlice {
  /** Offset of latex[0] in the text that was split. */
  start: number;
  /** Offsets of each character of `latex` (and its end) in the text that was split, where they do not run on from `start`. */
  offsets?: number[];
  /** The equation; alignment marks (&, \\, \begin{aligned}) are replaced by spaces so every offset stays true. */
  latex: string;
}

/**
 * Alignment environments inside math that only arrange rows: their markers are blanked and their rows split. The
 * display environments are among them because Markdown renderers (MathJax, KaTeX) accept $$\begin{align*}…\end{align*}$$.
 */
const ROW_ENVIRONMENTS = new Set(
  ['aligned', 'split', 'gathered', 'alignedat', 'align', 'alignat', 'gather', 'eqnarray', 'flalign', 'multline', 'equation']
    .flatMap((e) => [e, `${e}*`]),
);
const INTERTEXT = /^\\(?:short)?intertext(?![A-Za-z])/;
const ENV_MARKER = /\\(begin|end)\{([A-Za-z]+\*?)\}(\{\d+\})?/y;
const ROW_BREAK = /(?:\\\\\*?|\\newline(?![A-Za-z]))(\s*\[[^\]]{0,20}\])?/y;
const CONTINUATION = /^\s*(=|<|>|\\approx|\\leq?|\\geq?|\\leftarrow|\\gets|\\to|\\rightarrow|\\neq|\\equiv|≈|≤|≥)/;
/** &\quad + … : a long side broken at an operator continues on the next row (the slides' own line breaks). */
const OPERATOR_ROW = /^\s*(?:\\q?quad|\\[;,:!]|\s)*(?:\+|-|\\cdot|\\times|\\odot)/;

interface Range {
  from: number;
  to: number;
}

export function splitMathRows(body: string): EquationSlice[] {
  const blanks: Range[] = [];
  const rowBreaks: Range[] = [];
  const cellBreaks: number[] = [];
  let braces = 0;
  let environments = 0;
  /** Closing braces of style wrappers around rows ($$\class{small}{a = 1 \\ b = 2}$$): blanked, never counted. */
  const wrapperEnds = new Set<number>();
  /** The \end{cases} (and punctuation after it) of a cases that only lists equations: blanked like an aligned's. */
  const listEnds = new Map<number, number>();
  /** Just inside the last style wrapper opened: a row may start there (\class{small}{\begin{cases}…}). */
  let wrapperStart = 0;
  /** Arrays used as tables (each row its own equation), and the & read as = between a row's label and its equation. */
  const tables: Range[] = [];
  const joins = new Set<number>();
  const stated: EquationSlice[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    const wrapped = c === '\\' && braces === 0 && environments === 0 ? wrapperAt(body, i) : undefined;
    if (wrapped) {
      blanks.push({ from: i, to: wrapped.open + 1 }, { from: wrapped.close, to: wrapped.close + 1 });
      wrapperEnds.add(wrapped.close);
      wrapperStart = wrapped.open + 1;
      i = wrapped.open;
    } else if (wrapperEnds.has(i)) continue;
    else if (c === '{') braces++;
    else if (c === '}') braces = Math.max(0, braces - 1);
    else if (c === '&' && braces === 0 && environments === 0) {
      if (joins.has(i)) continue;
      cellBreaks.push(i);
      blanks.push({ from: i, to: i + 1 });
    } else if (c === '\\' && braces === 0 && environments === 0 && INTERTEXT.test(body.slice(i, i + 16))) {
      // \intertext{and for the second output}: words between two rows, a row break of their own
      const open = body.indexOf('{', i);
      const close = open < 0 ? -1 : matchingBrace(body, open);
      const end = close > open ? close + 1 : i + (INTERTEXT.exec(body.slice(i, i + 16))?.[0].length ?? 1);
      rowBreaks.push({ from: i, to: end });
      blanks.push({ from: i, to: end });
      i = end - 1;
    } else if (c === '\\') {
      ENV_MARKER.lastIndex = i;
      ROW_BREAK.lastIndex = i;
      const env = ENV_MARKER.exec(body);
      if (env) {
        // A top-level aligned/split only arranges rows, and so does a cases without conditions; any other
        // environment (bmatrix, a real case split) is kept whole.
        const topLevel = braces === 0 && environments === 0;
        const list = topLevel && (env[2] === 'cases' || env[2] === 'array') && env[1] === 'begin' ? equationListAt(body, i, Math.max(rowBreaks.at(-1)?.to ?? 0, wrapperStart)) : undefined;
        if (list) {
          listEnds.set(list.endFrom, list.endTo);
          blanks.push(...list.emptyCells);
          if (list.ownRows) tables.push(list.ownRows);
          for (const st of list.statements ?? []) stated.push({ start: st.offsets[0]!, latex: st.latex, offsets: st.offsets });
          for (const j of list.joins ?? []) joins.add(j);
        }
        // a row of names over their values is read as its statements alone: the whole array is passed over
        const listEnd = list?.statements ? list.endTo : listEnds.get(i);
        const rowsOnly = (ROW_ENVIRONMENTS.has(env[2]!) && topLevel) || list !== undefined;
        if (listEnd !== undefined) blanks.push({ from: i, to: listEnd });
        else if (rowsOnly) blanks.push({ from: i, to: ENV_MARKER.lastIndex });
        else environments = Math.max(0, environments + (env[1] === 'begin' ? 1 : -1));
        i = (listEnd ?? ENV_MARKER.lastIndex) - 1;
      } else if (ROW_BREAK.exec(body) && braces === 0 && environments === 0) {
        rowBreaks.push({ from: i, to: ROW_BREAK.lastIndex });
        blanks.push({ from: i, to: ROW_BREAK.lastIndex });
        i = ROW_BREAK.lastIndex - 1;
      } else i++;
    }
  }
  const masked = [...joins].reduce((m, j) => m.slice(0, j) + '=' + m.slice(j + 1), blankOut(body, blanks.sort((a, b) => a.from - b.from)));
  return [...collectEquations(masked, rowBreaks, cellBreaks, tables), ...stated].sort((a, b) => a.start - b.start);
}

const COMMAND = /\\[A-Za-z]+/y;

/** A style or overlay wrapper at `i` whose last argument holds rows: the offsets of that argument's braces. */
function wrapperAt(body: string, i: number): { open: number; close: number } | undefined {
  COMMAND.lastIndex = i;
  const command = COMMAND.exec(body)?.[0];
  if (command === undefined) return undefined;
  // Beamer's overlays around rows (\only<3->{z_2 &= … \\ …}) say when a row shows, not what it says: unwrapped as a style is
  const spec = wrapsArgument(command) ? overlaySpecLength(body, i + command.length) : 0;
  const styled = spec > 0 ? 0 : STYLE_WRAPPERS[command];
  if (styled === undefined) return undefined;
  const at = skipArguments(body, i + command.length + spec, styled);
  const open = body.indexOf('{', at);
  if (open < 0 || body.slice(at, open).trim() !== '') return undefined;
  const close = matchingBrace(body, open);
  return close > open ? { open, close } : undefined;
}

function blankOut(body: string, blanks: Range[]): string {
  let out = '';
  let at = 0;
  for (const b of blanks) {
    out += body.slice(at, b.from) + ' '.repeat(b.to - b.from);
    at = b.to;
  }
  return out + body.slice(at);
}

/** A cell that holds only a relation: eqnarray's middle column (a & = & b). */
const RELATION_CELL = /^\s*(?:=|<|>|\\approx|\\leq?|\\geq?|\\leftarrow|\\gets|\\neq|\\equiv|≈|≤|≥)\s*$/;

/** eqnarray's a & = & b: a relation alone in a cell joins the cells either side of it into one (in place). */
function mergeRelationCells(masked: string, cells: Range[]): void {
  for (let k = 1; k < cells.length; k++) {
    if (!RELATION_CELL.test(masked.slice(cells[k]!.from, cells[k]!.to))) continue;
    const last = Math.min(k + 1, cells.length - 1);
    cells.splice(k - 1, last - k + 2, { from: cells[k - 1]!.from, to: cells[last]!.to });
  }
}

function collectEquations(masked: string, rowBreaks: Range[], cellBreaks: number[], tables: Range[]): EquationSlice[] {
  const equations: Range[] = [];
  const spacing: Range[] = [];
  let rowStart = 0;
  let cell = 0;
  let previousRowEquation = -1;
  for (const brk of [...rowBreaks, { from: masked.length, to: masked.length }]) {
    const cells: Range[] = [];
    let from = rowStart;
    while (cell < cellBreaks.length && cellBreaks[cell]! < brk.from) {
      cells.push({ from, to: cellBreaks[cell]! });
      from = cellBreaks[cell]! + 1;
      cell++;
    }
    cells.push({ from, to: brk.from });
    mergeRelationCells(masked, cells);
    const blank = (r: Range): boolean => masked.slice(r.from, r.to).trim() === '';
    const second = cells.length >= 2 ? masked.slice(cells[1]!.from, cells[1]!.to) : '';
    const operatorRow = cells.length >= 2 && blank(cells[0]!) && OPERATOR_ROW.test(second);
    // … \\ = 0.74·0.19 = 0.036: with no & either, a row that opens with a relation has no left side of its own
    const relationRow = cells.length === 1 && CONTINUATION.test(masked.slice(cells[0]!.from, cells[0]!.to));
    // a row of an array used as a table is an equation of its own, whatever sign it opens with (-0.2 + … = -0.138)
    const ownRow = tables.some((t) => rowStart >= t.from && rowStart < t.to);
    const continues = !ownRow && (relationRow || (cells.length >= 2 && blank(cells[0]!) && (CONTINUATION.test(second) || operatorRow)));
    // its \quad only indents the operator: it does not start a statement of its own
    if (operatorRow) spacing.push({ from: cells[1]!.from, to: cells[1]!.from + /^(?:\\q?quad|\\[;,:!]|\s)*/.exec(second)![0].length });
    let contributed = false;
    for (let k = 0; k < cells.length; k += ownRow ? 1 : 2) {
      // a table's cells are equations of their own; elsewhere a &= b pairs two cells
      const pair = { from: cells[k]!.from, to: cells[ownRow ? k : Math.min(k + 1, cells.length - 1)]!.to };
      if (k === 0 && continues && previousRowEquation >= 0) {
        equations[previousRowEquation]!.to = pair.to;
        contributed = true;
      } else if (!blank(pair)) {
        equations.push(pair);
        contributed = true;
      }
    }
    if (contributed) previousRowEquation = equations.length - 1;
    rowStart = brk.to;
  }
  const unindented = spacing.length === 0 ? masked : blankOut(masked, spacing);
  return equations.map((r) => {
    const text = unindented.slice(r.from, r.to);
    const lead = text.length - text.trimStart().length;
    return { start: r.from + lead, latex: text.trim() };
  });
}

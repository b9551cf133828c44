// Matrix expressions as LaTeX: bmatrix of numbers (elided with \cdots \vdots \ddots beyond the page), widths tracked for line breaks.
import type { Operand } from '../../derive/matrix/matrixTypes.js';
import { formatNumber, type NumberPolicy, texNumber as texOfPrinted } from '../../evaluate/numberPolicy.js';
import type { Valuation } from '../../evaluate/valueLayout.js';
import { cellValue } from '../../evaluate/matrixValues.js';
import { estimateTexWidth } from '../texWidth.js';
import type { Renderer } from './printMatrix.js';

/** A piece of LaTeX and its estimated printed width in ems. */
export interface TexPiece {
  s: string;
  w: number;
}

/** How many rows and how wide (ems) a matrix may print before it is elided. */
export interface TexLimits {
  rows: number;
  ems: number;
}

const EM_PER_CHAR = 0.5;
/** amsmath's MaxMatrixCols: a bmatrix of more columns stops LaTeX (Extra alignment tab), so wider ones are elided or split. */
const MAX_COLS = 10;
const COL_GAP = 1.2;

const piece = (s: string): TexPiece => ({ s, w: estimateTexWidth(s) });

export function texRenderer(valuation: Valuation, limits: TexLimits): Renderer<TexPiece> {
  return {
    text: piece,
    cat: (parts) => ({ s: parts.map((p) => p.s).join(''), w: parts.reduce((n, p) => n + p.w, 0) }),
    paren: (x) => ({ s: `\\left(${x.s}\\right)`, w: x.w + 1 }),
    transpose: (x) => ({ s: `{${x.s}}^{\\top}`, w: x.w + 0.7 }),
    apply: (fn, x) => ({ s: `${fn}\\left(${x.s}\\right)`, w: x.w + estimateTexWidth(fn) + 1 }),
    reduce: (how, x) => (how === 'sum' ? { s: `\\sum\\left(${x.s}\\right)`, w: x.w + 2 } : { s: `\\left\\lVert ${x.s} \\right\\rVert^{2}`, w: x.w + 1.5 }),
    operand: (o, numbers) => (numbers ? texNumbers(o, valuation, limits) : piece(o.name.tex)),
    ops: { matmul: ' ', hadamard: ' \\odot ', divide: ' \\oslash ', scale: ' ', add: ' + ', sub: ' - ', negate: '-' },
    fnName: (n) => n.tex,
  };
}

/** An operand's numbers: a scalar as a number (a constant as its name), a matrix as a bmatrix (only its shown entries formatted). */
export function texNumbers(o: Operand, valuation: Valuation, limits: TexLimits): TexPiece {
  if (o.scalar === 'constant') return piece(o.name.tex);
  const entry = (i: number, k: number): string => texNumber(cellValue(o.cells[i]![k]!, valuation), valuation.policy);
  if (o.scalar === 'value') return piece(entry(0, 0));
  return bmatrixOf(o.cells.length, o.cells[0]!.length, entry, limits);
}

export function texNumber(x: number, policy: NumberPolicy): string {
  return texOfPrinted(formatNumber(x, policy));
}

/** Which indices of n to show within a budget: all, or the first ones, an ellipsis (-1), and the last. */
export function shown(n: number, budget: number): number[] {
  if (n <= budget) return [...Array(n).keys()];
  const head = Math.max(1, budget - 2);
  return [...Array(head).keys(), -1, n - 1];
}

/** A bmatrix of formatted entries, elided to the limits; an elided matrix carries its shape below it. */
export function bmatrix(cells: string[][], limits: TexLimits): TexPiece {
  return bmatrixOf(cells.length, cells[0]!.length, (i, k) => cells[i]![k]!, limits);
}

/**
 * A rows × cols bmatrix whose entries come from `entry`, asked only for the rows shown and the columns measured
 * (a 100 × 784 weight matrix formats about 8 × 6 numbers, not 78,400).
 */
export function bmatrixOf(rows: number, cols: number, entry: (i: number, k: number) => string, limits: TexLimits): TexPiece {
  const rs = shown(rows, limits.rows);
  const seen = new Map<number, string>();
  const at = (i: number, k: number): string => {
    const key = i * cols + k;
    let e = seen.get(key);
    if (e === undefined) seen.set(key, (e = entry(i, k)));
    return e;
  };
  const colEms = (k: number): number => Math.max(...rs.filter((i) => i >= 0).map((i) => at(i, k).length)) * EM_PER_CHAR + COL_GAP;
  let budget = Math.min(cols, MAX_COLS);
  let width = 0;
  for (let k = 0; k < cols; k++) {
    width += colEms(k);
    if (width > limits.ems) {
      budget = Math.min(budget, Math.max(3, k));
      break;
    }
  }
  const cs = shown(cols, budget);
  const body = rs.map((i) => cs.map((k) => (i < 0 ? (k < 0 ? '\\ddots' : '\\vdots') : k < 0 ? '\\cdots' : at(i, k))).join(' & ')).join(' \\\\ ');
  const w = cs.reduce((n, k) => n + (k < 0 ? 1.5 : colEms(k)), 1);
  const m = `\\begin{bmatrix} ${body} \\end{bmatrix}`;
  const elided = cs.length < cols || rs.length < rows;
  return { s: elided ? `\\underset{${rows} \\times ${cols}}{${m}}` : m, w };
}

/** Splits of a frame-wide matrix beyond which its columns are elided instead (the CSV files hold every number). */
const MAX_BLOCKS = 4;

/**
 * A matrix wider than `ems` as blocks of whole columns, each `(M)_{:,a:b}` (1-based, inclusive) with its bmatrix;
 * null when it fits, is a scalar, or would need more than MAX_BLOCKS blocks.
 */
export function columnBlocks(o: Operand, valuation: Valuation, limits: TexLimits, ems: number): { label: string; body: TexPiece }[] | null {
  if (o.scalar) return null;
  const cols = o.cells[0]!.length;
  // the rows a block shows: its widths come from them alone, and nothing past MAX_BLOCKS blocks is formatted
  const rs = shown(o.cells.length, limits.rows).filter((i) => i >= 0);
  const entry = (i: number, k: number): string => texNumber(cellValue(o.cells[i]![k]!, valuation), valuation.policy);
  const column = (k: number): string[] => rs.map((i) => entry(i, k));
  const formatted: string[][] = [];
  const starts: number[] = [0];
  let width = 1;
  for (let k = 0; k < cols; k++) {
    formatted.push(column(k));
    const colEms = Math.max(...formatted[k]!.map((x) => x.length)) * EM_PER_CHAR + COL_GAP;
    if ((width + colEms > ems || k - starts.at(-1)! === MAX_COLS) && k > starts.at(-1)!) {
      if (starts.push(k) > MAX_BLOCKS) return null;
      width = 1;
    }
    width += colEms;
  }
  if (starts.length === 1) return null;
  return starts.map((a, i) => {
    const b = starts[i + 1] ?? cols;
    const label = a + 1 === b ? `${b}` : `${a + 1}:${b}`;
    return { label, body: bmatrixOf(o.cells.length, b - a, (r, k) => entry(r, a + k), { rows: limits.rows, ems: Infinity }) };
  });
}

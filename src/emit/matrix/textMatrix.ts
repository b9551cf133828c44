// Matrix expressions as plain text: boxes of lines joined on a common baseline, matrices as aligned Unicode grids.
import type { Operand } from '../../derive/matrix/matrixTypes.js';
import { formatNumber } from '../../evaluate/numberPolicy.js';
import type { Valuation } from '../../evaluate/valueLayout.js';
import { cellValue } from '../../evaluate/matrixValues.js';
import type { Renderer } from './printMatrix.js';

/** Lines of equal width, `mid` the line that carries the operators. */
export interface Box {
  lines: string[];
  mid: number;
}

const width = (b: Box): number => Math.max(0, ...b.lines.map((l) => [...l].length));
const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - [...s].length));
const line = (s: string): Box => ({ lines: [s], mid: 0 });

/** Boxes side by side, their middle lines on one row. */
export function hcat(parts: Box[]): Box {
  const above = Math.max(...parts.map((p) => p.mid));
  const below = Math.max(...parts.map((p) => p.lines.length - 1 - p.mid));
  const rows: string[] = Array.from({ length: above + below + 1 }, () => '');
  for (const p of parts) {
    const w = width(p);
    for (let r = 0; r < rows.length; r++) rows[r] += pad(p.lines[r - above + p.mid] ?? '', w);
  }
  return { lines: rows.map((r) => r.trimEnd()), mid: above };
}

/** Tall brackets around a box: ⎡ ⎢ ⎣ for matrices, ⎛ ⎜ ⎝ for parentheses. */
function bracket(b: Box, [top, side, bottom, one]: string, [rtop, rside, rbottom, rone]: string): Box {
  const w = width(b);
  const n = b.lines.length;
  const left = (i: number): string => (n === 1 ? one : i === 0 ? top : i === n - 1 ? bottom : side)!;
  const right = (i: number): string => (n === 1 ? rone : i === 0 ? rtop : i === n - 1 ? rbottom : rside)!;
  return { lines: b.lines.map((l, i) => `${left(i)}${pad(l, w)}${right(i)}`), mid: b.mid };
}

export function textRenderer(valuation: Valuation, limits: { rows: number; cols: number }): Renderer<Box> {
  return {
    text: line,
    cat: hcat,
    paren: (x) => bracket(x, '⎛⎜⎝(', '⎞⎟⎠)'),
    transpose: (x) => ({ lines: x.lines.map((l, i) => (i === 0 ? pad(l, width(x)) + 'ᵀ' : l)), mid: x.mid }),
    apply: (fn, x) => hcat([line(fn), bracket(x, '⎛⎜⎝(', '⎞⎟⎠)')]),
    reduce: (how, x) => (how === 'sum' ? hcat([line('Σ'), bracket(x, '⎛⎜⎝(', '⎞⎟⎠)')]) : (() => {
      const b = bracket(x, '‖‖‖‖', '‖‖‖‖');
      return { lines: b.lines.map((l, i) => (i === 0 ? `${l}²` : l)), mid: b.mid };
    })()),
    operand: (o, numbers) => (numbers ? textNumbers(o, valuation, limits) : line(o.name.text)),
    ops: { matmul: ' ', hadamard: ' ⊙ ', divide: ' ⊘ ', scale: ' ', add: ' + ', sub: ' − ', negate: '−' },
    fnName: (n) => n.text,
  };
}

const textNumber = (x: number, valuation: Valuation): string => formatNumber(x, valuation.policy).replace(/^-/, '−');

/** An operand's numbers: a scalar as a number (a constant by its name), a matrix as a grid, elided beyond the limits. */
export function textNumbers(o: Operand, valuation: Valuation, limits: { rows: number; cols: number }): Box {
  if (o.scalar === 'constant') return line(o.name.text);
  // only the entries shown are evaluated and formatted
  const value = (i: number, k: number): number => cellValue(o.cells[i]![k]!, valuation);
  if (o.scalar === 'value') return line(textNumber(value(0, 0), valuation));
  const rows = o.cells.length;
  const cols = o.cells[0]!.length;
  const pick = (n: number, budget: number): number[] => (n <= budget ? [...Array(n).keys()] : [...Array(budget - 2).keys(), -1, n - 1]);
  const rs = pick(rows, limits.rows);
  const cs = pick(cols, limits.cols);
  const cell = (i: number, k: number): string => (i < 0 ? (k < 0 ? '⋱' : '⋮') : k < 0 ? '⋯' : textNumber(value(i, k), valuation));
  const widths = cs.map((k) => Math.max(...rs.map((i) => cell(i, k).length)));
  const grid = rs.map((i) => cs.map((k, c) => cell(i, k).padStart(widths[c]!)).join('  '));
  const b = bracket({ lines: grid, mid: Math.floor((grid.length - 1) / 2) }, '⎡⎢⎣[', '⎤⎥⎦]');
  return rs.length < rows || cs.length < cols ? hcat([b, line(` (${rows}×${cols})`)]) : b;
}

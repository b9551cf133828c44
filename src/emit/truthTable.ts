// Prints a truth table as the slides do: g(−30) ≈ 0 for a logistic unit near 0 or 1.
import { formatNumber, type NumberPolicy, texNumber } from '../evaluate/numberPolicy.js';
import type { TruthRow } from '../evaluate/truthTable.js';
import type { Notation } from '../graph/notation/index.js';
import { textTable, type Table } from './roundsTable.js';

export type TableFormat = 'txt' | 'md' | 'tex';

/** Within this of 0 or 1 (and not exactly it), a unit's output is shown as ≈ 0 / ≈ 1. */
const NEAR = 0.01;

export function truthTableCells(rows: TruthRow[], notation: Notation, policy: NumberPolicy, style: 'tex' | 'text'): Table {
  const inputs = Object.keys(rows[0]!.inputs);
  const units = Object.keys(rows[0]!.units);
  const wrap = (s: string): string => (style === 'tex' ? `$${s}$` : s);
  const num = (x: number): string => (style === 'tex' ? texNumber(formatNumber(x, policy)) : formatNumber(x, policy).replace(/^-/, '−'));
  const cell = (u: { value: number; argument?: number }): string => {
    // an output that is exactly 0 or 1 (relu below 0, a step) is that number, not an approximation of it
    const near = Math.abs(u.value - Math.round(u.value)) < NEAR && u.value !== Math.round(u.value) ? Math.round(u.value) : undefined;
    const approx = style === 'tex' ? ' \\approx ' : ' ≈ ';
    if (u.argument !== undefined && near !== undefined) return wrap(`g(${num(u.argument)})${approx}${near}`);
    return wrap(near !== undefined ? `${approx.trim()} ${near}` : num(u.value));
  };
  return {
    header: [...inputs, ...units].map((id) => wrap(notation.node(id)[style])),
    rows: rows.map((r) => [...inputs.map((x) => String(r.inputs[x])), ...units.map((u) => cell(r.units[u]!))]),
  };
}

export function printTruthTable(rows: TruthRow[], notation: Notation, policy: NumberPolicy, format: TableFormat): string {
  const t = truthTableCells(rows, notation, policy, format === 'txt' ? 'text' : 'tex');
  switch (format) {
    case 'txt': return `${textTable(t).join('\n')}\n`;
    case 'md': return [`| ${t.header.join(' | ')} |`, `|${t.header.map(() => ' :---: |').join('')}`, ...t.rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
    case 'tex': return [`\\begin{tabular}{${'c'.repeat(t.header.length)}}`, `${t.header.join(' & ')} \\\\ \\hline`, ...t.rows.map((r) => `${r.join(' & ')} \\\\`), '\\end{tabular}', ''].join('\n');
    default: {
      const never: never = format;
      throw new Error(`unknown table format ${String(never)}`);
    }
  }
}

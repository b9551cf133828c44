// The per-epoch table of a training run (error and outputs) as plain text, CSV or a LaTeX tabular.
import { formatNumber, type NumberPolicy } from '../evaluate/numberPolicy.js';
import type { TrainingRun } from './trainNetwork.js';

export type TableFormat = 'txt' | 'csv' | 'tex';

/** Epochs shown in txt/tex: 0, 1, then every `every`, and the last (CSV has them all). */
export function shownEpochs(epochs: number, every?: number): number[] {
  const step = every ?? Math.max(1, Math.ceil(epochs / 20));
  const shown = new Set<number>([0, Math.min(1, epochs)]);
  for (let e = step; e < epochs; e += step) shown.add(e);
  shown.add(epochs);
  return [...shown].sort((a, b) => a - b);
}

export function formatTrainingTable(run: TrainingRun, format: TableFormat, policy: NumberPolicy, names: { outputsTex: string[]; lossTex: string }, every?: number): string {
  const epochs = run.losses.length - 1;
  const k = run.outputs.length;
  const rows = (format === 'csv' ? Array.from({ length: epochs + 1 }, (_, e) => e) : shownEpochs(epochs, every)).map((e) => [
    String(e),
    formatNumber(run.losses[e]!, policy),
    ...run.outputs.map((_, j) => formatNumber(run.outputValues[e * k + j]!, policy)),
  ]);
  switch (format) {
    case 'csv': return [['epoch', 'E', ...run.outputs].join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
    case 'txt': return alignColumns([['epoch', 'E', ...run.outputs], ...rows]);
    case 'tex': return texTabular(rows, ['\\text{epoch}', names.lossTex, ...names.outputsTex]);
    default: {
      const never: never = format;
      throw new Error(`unknown table format ${String(never)}`);
    }
  }
}

function alignColumns(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n') + '\n';
}

function texTabular(rows: string[][], header: string[]): string {
  const minus = (s: string): string => s.replace(/^-/, '$-$');
  return [
    `\\begin{tabular}{r${'l'.repeat(header.length - 1)}}`,
    `${header.map((h) => `$${h}$`).join(' & ')} \\\\ \\hline`,
    ...rows.map((r) => `${r.map(minus).join(' & ')} \\\\`),
    '\\end{tabular}',
  ].join('\n') + '\n';
}

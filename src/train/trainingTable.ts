// The table of a training run's shown steps (loss, outputs, and on request parameters, gradients and optimizer state)
// as plain text, CSV or a LaTeX tabular.
import { formatNumber, formatScientific, type NumberPolicy, texNumber } from '../evaluate/numberPolicy.js';
import { selectSteps, shownSteps, type ShownStep } from './trainingSteps.js';
import type { TrainingRun } from './trainNetwork.js';

export type TableFormat = 'txt' | 'csv' | 'tex';
/** Below this a table cell prints in scientific form (1e-6: 0.000001 still reads at a glance). */
const TINY = 1e-6;
/** Column groups beyond the step, the loss and the outputs. */
export type ColumnGroup = 'parameters' | 'gradients' | 'state';

export interface TableNames {
  outputsTex: string[];
  lossTex: string;
  param?(id: string): string;
}

export interface TableOptions {
  /** The steps shown (default: selectSteps with `every`; CSV: all). */
  steps?: number[];
  every?: number;
  columns?: ColumnGroup[];
  /** Mini-batches: rows are steps, with the epoch they fall in beside them. */
  stepsPerEpoch?: number;
}

/** Epochs shown in txt/tex: 0, 1, then every `every`, and the last (CSV has them all). */
export function shownEpochs(epochs: number, every?: number): number[] {
  return selectSteps(epochs, { every });
}

export function formatTrainingTable(run: TrainingRun, format: TableFormat, policy: NumberPolicy, names: TableNames, opts: TableOptions | number = {}): string {
  const o = typeof opts === 'number' ? { every: opts } : opts;
  const epochs = run.losses.length - 1;
  const steps = o.steps ?? (format === 'csv' ? selectSteps(epochs, { all: true }) : selectSteps(epochs, { every: o.every }));
  const shown = shownSteps(run, steps);
  const groups = o.columns ?? [];
  // a loss of 4.1e-29 after a long run is a number to read, not 29 zeros and its digits
  const num = (x: number): string => (Number.isNaN(x) ? (format === 'txt' ? '-' : '')
    : x !== 0 && Math.abs(x) < TINY ? formatScientific(x, policy) : formatNumber(x, policy));
  const spe = o.stepsPerEpoch ?? 1;
  const counts = (step: number): string[] => (spe > 1 ? [String(step), (step / spe).toFixed(step % spe === 0 ? 0 : 2)] : [String(step)]);
  const rows = shown.map((s) => [...counts(s.step), num(s.loss), ...s.outputs.map(num), ...groupValues(s, groups).map(num)]);
  const countHeads = spe > 1 ? ['step', 'epoch'] : ['epoch'];
  const plain = [...countHeads, 'E', ...run.outputs, ...groupHeaders(run, shown[0], groups, (id) => id, (id) => `dE/d${id}`, (key, id) => `${key}(${id})`)];
  switch (format) {
    case 'csv': return [plain.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
    case 'txt': return alignColumns([plain, ...rows]);
    case 'tex': {
      const p = names.param ?? ((id: string) => id);
      const stateTex = (key: string, id: string): string => texOfState(run, key, p(id));
      const header = [...countHeads.map((h) => `\\text{${h}}`), names.lossTex, ...names.outputsTex, ...groupHeaders(run, shown[0], groups, p, (id) => `\\frac{\\partial ${names.lossTex}}{\\partial ${p(id)}}`, stateTex)];
      return texTabular(rows, header);
    }
    default: {
      const never: never = format;
      throw new Error(`unknown table format ${String(never)}`);
    }
  }
}

function groupValues(s: ShownStep, groups: ColumnGroup[]): number[] {
  return groups.flatMap((g) => (g === 'parameters' ? s.parameters : g === 'gradients' ? s.gradients : s.state.flatMap((c) => c.values)));
}

function groupHeaders(run: TrainingRun, first: ShownStep | undefined, groups: ColumnGroup[], param: (id: string) => string, grad: (id: string) => string, state: (key: string, id: string) => string): string[] {
  const keys = (first?.state ?? []).map((c) => c.key);
  return groups.flatMap((g) => (g === 'parameters' ? run.params.map(param) : g === 'gradients' ? run.params.map(grad) : keys.flatMap((k) => run.params.map((id) => state(k, id)))));
}

function texOfState(run: TrainingRun, key: string, w: string): string {
  const slot = run.optimizer.state.find((s) => s.key === key);
  if (slot) return slot.tex(w);
  return key === 'mHat' ? `\\hat{m}_{${w}}` : `\\hat{v}_{${w}}`;
}

function alignColumns(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n') + '\n';
}

function texTabular(rows: string[][], header: string[]): string {
  // a number in scientific form goes into math mode whole (1.5 \times 10^{300}); a plain one only for its minus
  const minus = (s: string): string => (s.includes('e') ? `$${texNumber(s)}$` : s.replace(/^-/, '$-$'));
  return [
    `\\begin{tabular}{r${'l'.repeat(header.length - 1)}}`,
    `${header.map((h) => `$${h}$`).join(' & ')} \\\\ \\hline`,
    ...rows.map((r) => `${r.map(minus).join(' & ')} \\\\`),
    '\\end{tabular}',
  ].join('\n') + '\n';
}

// Which steps a training report shows (every k-th, the first and last N), and each shown step's numbers by name:
// parameters, gradients, loss, outputs and the optimizer's state with Adam's bias-corrected m̂ and v̂.
import { InputError } from '../util/errors.js';
import type { TrainingRun } from './trainNetwork.js';

export interface StepSelection {
  /** Every k-th step (default: about 20 rows in all). */
  every?: number;
  /** Steps 0 … N: the start and the first N updates. */
  first?: number;
  /** The last N steps. */
  last?: number;
  /** Every step (the CSV file). */
  all?: boolean;
}

/** One state array of a shown step: its key (velocity, cache, m, v, mHat, vHat) and its value per parameter. */
export interface StateColumn {
  key: string;
  values: number[];
}

export interface ShownStep {
  step: number;
  /** The optimizer's step count after this step (steps taken before the run included). */
  t: number;
  loss: number;
  outputs: number[];
  parameters: number[];
  gradients: number[];
  state: StateColumn[];
  /** Mini-batches: the 1-based examples of the next update's batch. */
  examples?: number[];
}

/** Steps 0 … epochs to show, in order. */
export function selectSteps(epochs: number, sel: StepSelection = {}, file = 'backprop-tex'): number[] {
  for (const [flag, v] of [['--every', sel.every], ['--first', sel.first], ['--last', sel.last]] as const) {
    if (v !== undefined && (!Number.isSafeInteger(v) || v < (flag === '--every' ? 1 : 0))) throw new InputError(`${flag} takes a whole number of at least ${flag === '--every' ? 1 : 0}, not ${v}`, { file });
  }
  if (sel.all) return Array.from({ length: epochs + 1 }, (_, e) => e);
  const shown = new Set<number>();
  if (sel.first !== undefined || sel.last !== undefined) {
    for (let e = 0; e <= Math.min(sel.first ?? -1, epochs); e++) shown.add(e);
    for (let e = Math.max(0, epochs - (sel.last ?? 0) + 1); e <= epochs && sel.last; e++) shown.add(e);
    if (sel.every !== undefined) for (let e = 0; e <= epochs; e += sel.every) shown.add(e);
    return [...shown].sort((a, b) => a - b);
  }
  const step = sel.every ?? Math.max(1, Math.ceil(epochs / 20));
  shown.add(0).add(Math.min(1, epochs));
  for (let e = step; e < epochs; e += step) shown.add(e);
  shown.add(epochs);
  return [...shown].sort((a, b) => a - b);
}

/** The recorded steps as named numbers (steps not recorded have no gradients or state: empty arrays). */
export function shownSteps(run: TrainingRun, steps: number[]): ShownStep[] {
  const n = run.params.length;
  const k = run.outputs.length;
  const byStep = new Map(run.records.map((r) => [r.step, r]));
  return steps.map((e) => {
    const r = byStep.get(e);
    const t = run.startT + e;
    return {
      step: e,
      t,
      loss: run.losses[e]!,
      outputs: [...run.outputValues.subarray(e * k, e * k + k)],
      parameters: [...run.weights.subarray(e * n, e * n + n)],
      gradients: r ? [...r.gradients] : [],
      state: r ? stateColumns(run, r.state, t) : [],
      ...(r?.examples ? { examples: r.examples } : {}),
    };
  });
}

/** The state arrays by key, and Adam's m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ) (NaN before any step: t = 0). */
function stateColumns(run: TrainingRun, state: Float64Array[], t: number): StateColumn[] {
  const cols = run.optimizer.state.map((slot, j) => ({ key: slot.key, values: [...state[j]!] }));
  const [m, v] = [cols.find((c) => c.key === 'm'), cols.find((c) => c.key === 'v')];
  if (!m || !v) return cols;
  if (t < 1) return [...cols, { key: 'mHat', values: m.values.map(() => NaN) }, { key: 'vHat', values: v.values.map(() => NaN) }];
  const { beta1, beta2 } = run.settings;
  return [...cols, { key: 'mHat', values: m.values.map((x) => x / (1 - beta1 ** t)) }, { key: 'vHat', values: v.values.map((x) => x / (1 - beta2 ** t)) }];
}

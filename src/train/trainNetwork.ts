// The training loop: N optimizer steps on a gradient source, recording the loss and outputs after each epoch.
import type { GradientSource } from '../evaluate/gradientFunction.js';
import type { Optimizer, OptimizerSettings, StepTrace } from './optimizers/index.js';

export interface TrainOptions {
  epochs: number;
  optimizer: Optimizer;
  settings: OptimizerSettings;
  /** The parameter whose first step is traced for the printed update equations (default: the first). */
  traceParam?: number;
  /** Called every `progressEvery` epochs (for a progress bar). */
  onProgress?: (epoch: number) => void;
  progressEvery?: number;
}

export interface TrainingRun {
  params: string[];
  outputs: string[];
  /** losses[k] = E after k epochs (k = 0: before training), length epochs + 1. */
  losses: Float64Array;
  /** outputValues[k * outputs.length + j] = output j after k epochs. */
  outputValues: Float64Array;
  /** weights[k * params.length + i] = parameter i after k epochs. */
  weights: Float64Array;
  /** The traced parameter's first step, for the update equations. */
  first: StepTrace | null;
  traceParam: number;
}

export function trainNetwork(source: GradientSource, opts: TrainOptions): TrainingRun {
  const { epochs, optimizer, settings } = opts;
  const n = source.params.length;
  const k = source.outputs.length;
  const w = Float64Array.from(source.initial);
  const g = new Float64Array(n);
  const outs = new Float64Array(k);
  const state = optimizer.state.map(() => new Float64Array(n));
  const losses = new Float64Array(epochs + 1);
  const outputValues = new Float64Array((epochs + 1) * k);
  const weights = new Float64Array((epochs + 1) * n);
  const trace = opts.traceParam ?? 0;
  let first: StepTrace | null = null;
  const every = opts.progressEvery ?? 1000;
  for (let e = 0; e <= epochs; e++) {
    losses[e] = source.run(w, g, outs);
    outputValues.set(outs, e * k);
    weights.set(w, e * n);
    if (e === epochs) break;
    const before = state.map((s) => s[trace] ?? 0);
    const wBefore = w[trace] ?? 0;
    optimizer.step(w, g, state, e + 1, settings);
    if (e === 0 && n > 0) first = { w: wBefore, g: g[trace]!, before, after: state.map((s) => s[trace]!), wAfter: w[trace]!, t: 1 };
    if (opts.onProgress && (e + 1) % every === 0) opts.onProgress(e + 1);
  }
  return { params: source.params, outputs: source.outputs, losses, outputValues, weights, first, traceParam: trace };
}

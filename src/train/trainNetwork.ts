// The training loop: N optimizer steps on a gradient source, recording the loss and outputs after each epoch and, for the
// shown steps, every gradient and the optimizer's state.
import type { GradientSource } from '../evaluate/gradientFunction.js';
import { takeStep, type Optimizer, type OptimizerSettings, type StepTrace } from './optimizers/index.js';
import { checkPass, checkUpdate } from './divergence.js';

export interface TrainOptions {
  epochs: number;
  optimizer: Optimizer;
  settings: OptimizerSettings;
  /** The parameter whose step is traced for the printed update equations (default: the first). */
  traceParam?: number;
  /** Which step (1-based) is traced (default 1). */
  traceStep?: number;
  /** Steps k (0 … epochs: the state after k updates) whose gradients and optimizer state are kept. */
  record?: (k: number) => boolean;
  /** The optimizer's state before the first step (one array per state slot), default zeros. */
  initialState?: Float64Array[];
  /** Steps already taken before this run (the file's optimizer t); step k of the run has t = startT + k. */
  startT?: number;
  /** Mini-batches: the gradient update `step + 1` uses, in place of the whole batch's, and the examples in it. */
  batches?: { gradient(step: number, w: Float64Array, g: Float64Array): void; batchOf(step: number): number[] };
  /** Called every `progressEvery` epochs (for a progress bar). */
  onProgress?: (epoch: number) => void;
  progressEvery?: number;
  /** Stop at the first non-finite loss, output, gradient or parameter with a DivergenceError naming the loss `lossId`. */
  finite?: { lossId: string };
}

/** After k steps: the gradient at those parameters and the optimizer's state (t = startT + k). */
export interface StepRecord {
  step: number;
  gradients: Float64Array;
  state: Float64Array[];
  /** Mini-batches: the 1-based examples whose gradient `gradients` is (the next update's batch). */
  examples?: number[];
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
  /** The traced parameter's traced step, for the update equations. */
  first: StepTrace | null;
  traceParam: number;
  /** The recorded steps, in order. */
  records: StepRecord[];
  startT: number;
  optimizer: Optimizer;
  settings: OptimizerSettings;
}

export function trainNetwork(source: GradientSource, opts: TrainOptions): TrainingRun {
  const { epochs, optimizer, settings } = opts;
  const n = source.params.length;
  const k = source.outputs.length;
  const w = Float64Array.from(source.initial);
  const g = new Float64Array(n);
  const scratch = new Float64Array(n);
  const outs = new Float64Array(k);
  const state = optimizer.state.map((_, j) => (opts.initialState?.[j] ? Float64Array.from(opts.initialState[j]!) : new Float64Array(n)));
  const losses = new Float64Array(epochs + 1);
  const outputValues = new Float64Array((epochs + 1) * k);
  const weights = new Float64Array((epochs + 1) * n);
  const trace = opts.traceParam ?? 0;
  const traceStep = opts.traceStep ?? 1;
  const startT = opts.startT ?? 0;
  const records: StepRecord[] = [];
  let first: StepTrace | null = null;
  const every = opts.progressEvery ?? 1000;
  for (let e = 0; e <= epochs; e++) {
    losses[e] = source.run(w, g, outs);
    if (opts.finite) checkPass(e, losses[e]!, outs, g, { params: source.params, outputs: source.outputs, loss: opts.finite.lossId });
    outputValues.set(outs, e * k);
    weights.set(w, e * n);
    const batched = opts.batches !== undefined && e < epochs;
    if (batched) opts.batches!.gradient(e, w, g);
    if (opts.record?.(e)) {
      records.push({ step: e, gradients: Float64Array.from(g), state: state.map((s) => Float64Array.from(s)), ...(batched ? { examples: opts.batches!.batchOf(e) } : {}) });
    }
    if (e === epochs) break;
    if (e + 1 === traceStep && n > 0) {
      const before = state.map((s) => s[trace]!);
      const wBefore = w[trace]!;
      takeStep(optimizer, w, g, state, startT + e + 1, settings, scratch);
      first = { w: wBefore, g: g[trace]!, before, after: state.map((s) => s[trace]!), wAfter: w[trace]!, t: startT + e + 1 };
    } else {
      takeStep(optimizer, w, g, state, startT + e + 1, settings, scratch);
    }
    if (opts.finite) checkUpdate(e + 1, w, source.params);
    if (opts.onProgress && (e + 1) % every === 0) opts.onProgress(e + 1);
  }
  return { params: source.params, outputs: source.outputs, losses, outputValues, weights, first, traceParam: trace, records, startT, optimizer, settings };
}

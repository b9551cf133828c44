// Learning-rate exploration: one SGD run per η, the watched parameter's path, and what each run did.
import type { GradientSource } from '../evaluate/gradientFunction.js';
import { classifyRun, isShrinking, type RunBehaviour } from './classifyRun.js';
import { OPTIMIZERS, type OptimizerSettings } from './optimizers/index.js';
import { trainNetwork, type TrainingRun } from './trainNetwork.js';
import { firstNonFinite } from './divergence.js';

export interface SweepRun {
  learningRate: number;
  run: TrainingRun;
  /** The watched parameter after each epoch. */
  path: number[];
  behaviour: RunBehaviour;
  /** For oscillations: whether the error still shrinks. */
  shrinking: boolean;
}

export interface Sweep {
  param: string;
  epochs: number;
  runs: SweepRun[];
}

export function sweepLearningRates(source: GradientSource, rates: number[], epochs: number, settings: OptimizerSettings, param?: string): Sweep {
  const index = param === undefined ? 0 : source.params.indexOf(param);
  if (index < 0 || source.params.length === 0) throw new RangeError(`no trainable parameter ${param ?? ''} to watch`);
  const runs = rates.map((learningRate): SweepRun => {
    const run = trainNetwork(source, { epochs, optimizer: OPTIMIZERS.sgd, settings: { ...settings, learningRate }, traceParam: index });
    const n = run.params.length;
    const path = Array.from({ length: epochs + 1 }, (_, k) => run.weights[k * n + index]!);
    return { learningRate, run, path, behaviour: classifyRun(run.losses, path), shrinking: isShrinking(run.losses) };
  });
  return { param: source.params[index]!, epochs, runs };
}

/** One line per run: "η = 2.5: diverges (w1 goes from 0 to -28.4 in 10 epochs)". */
export function describeSweepRun(r: SweepRun, param: string, num: (x: number) => string): string {
  const from = num(r.path[0]!);
  const to = num(r.path.at(-1)!);
  const epochs = r.path.length - 1;
  switch (r.behaviour) {
    case 'one-step': return `η = ${num(r.learningRate)}: reaches the minimum in one step (${param} = ${num(r.path[1]!)} after epoch 1)`;
    case 'converge': return `η = ${num(r.learningRate)}: converges (${param} goes from ${from} to ${to} in ${epochs} epochs)`;
    case 'oscillate': return r.shrinking
      ? `η = ${num(r.learningRate)}: oscillates around the minimum and converges (${param} = ${to} after ${epochs} epochs)`
      : `η = ${num(r.learningRate)}: oscillates without converging (${param} jumps between ${num(r.path.at(-2)!)} and ${to})`;
    case 'diverge': {
      // a run that overflows is described up to its last finite epoch, never with NaN or Infinity
      const k = Math.max(firstNonFinite(r.path), firstNonFinite(r.run.losses));
      if (k < 0) return `η = ${num(r.learningRate)}: diverges (${param} goes from ${from} to ${to} in ${epochs} epochs)`;
      return `η = ${num(r.learningRate)}: diverges (${param} goes from ${from} to ${num(r.path[k - 1]!)} in ${k - 1} epochs and overflows at epoch ${k})`;
    }
    default: {
      const never: never = r.behaviour;
      throw new Error(`unknown behaviour ${String(never)}`);
    }
  }
}

// What an optimizer is: its state, one update step over all parameters, and its update equations in LaTeX.
import type { OPTIMIZER_TYPES } from '../../definition/optimizerSpec.js';

export type OptimizerId = (typeof OPTIMIZER_TYPES)[number];
export type Placement = 'inside' | 'outside';

export interface OptimizerSettings {
  /** η */
  learningRate: number;
  /** μ (document 003 writes a), the momentum factor (0 ≤ μ ≤ 1). */
  momentum: number;
  /** d of momentum: the velocity takes (1 − d) g (0: all of it; d = μ: an exponential average). */
  dampening: number;
  /** β of RMSprop. */
  beta: number;
  beta1: number;
  beta2: number;
  eps: number;
  /** ε inside the square root, √(v + ε), as document 003 writes it, or outside, √v + ε. */
  epsPlacement: Placement;
  /** η inside the velocity (v ← μv − ηg, w ← w + v) or outside (v ← μv + g, w ← w − ηv). */
  etaPlacement: Placement;
  /** λ: L2 weight decay (λw added to the gradient), decoupled for AdamW. */
  weightDecay: number;
}

export const DEFAULT_SETTINGS: Omit<OptimizerSettings, 'learningRate'> = {
  momentum: 0.9, dampening: 0, beta: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8, epsPlacement: 'inside', etaPlacement: 'inside', weightDecay: 0,
};

/** One parameter's step, as numbers: its value and gradient, the state before and after, and t of this step (from 1). */
export interface StepTrace {
  w: number;
  g: number;
  before: number[];
  after: number[];
  wAfter: number;
  t: number;
}

/** Names in LaTeX: the parameter (w_{5}) and its gradient (\frac{\partial E}{\partial w_{5}}). */
export interface TraceNames {
  w: string;
  g: string;
}

/** One printed update: lhs ← rule = numbers = result (numbers/result already formatted). */
export interface UpdateLine {
  lhs: string;
  rule: string;
  numbers: string;
  result: string;
}

/** A state array: its key in files and JSON (velocity, cache, m, v) and its LaTeX for one parameter. */
export interface StateSlot {
  key: string;
  tex(w: string): string;
}

export interface Optimizer {
  id: OptimizerId;
  describe: string;
  /** Its per-parameter state arrays, all starting at 0 unless the file gives them. */
  state: StateSlot[];
  /** Updates w in place from the gradient g; t is this step's number, counting from 1. */
  step(w: Float64Array, g: Float64Array, state: Float64Array[], t: number, s: OptimizerSettings): void;
  /** The rules with one parameter's numbers substituted (g already includes an L2 term). */
  explain(x: StepTrace, names: TraceNames, s: OptimizerSettings, num: (x: number) => string): UpdateLine[];
}

// What an optimizer is: its state, one update step over all parameters, and its update equations in LaTeX.
import type { OptimizerId, OptimizerSettings } from '../../definition/optimizerSettings.js';

export { DEFAULT_SETTINGS, type OptimizerId, type OptimizerSettings, type Placement } from '../../definition/optimizerSettings.js';

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

// What an optimizer is: its state, one update step over all parameters, and its update equations in LaTeX.
export type OptimizerId = 'sgd' | 'momentum' | 'rmsprop' | 'adam';

export interface OptimizerSettings {
  /** η */
  learningRate: number;
  /** a, the momentum factor (0 ≤ a ≤ 1). */
  momentum: number;
  /** β of RMSprop. */
  beta: number;
  beta1: number;
  beta2: number;
  /** ε, inside the square root as document 003 writes it. */
  eps: number;
}

export const DEFAULT_SETTINGS: Omit<OptimizerSettings, 'learningRate'> = { momentum: 0.9, beta: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 };

/** One parameter's first step, as numbers: its value and gradient, the state before and after. */
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

export interface Optimizer {
  id: OptimizerId;
  describe: string;
  /** Names of its per-parameter state arrays (δw; v; m, v), all starting at 0. */
  state: string[];
  /** Updates w in place from the gradient g; t counts steps from 1. */
  step(w: Float64Array, g: Float64Array, state: Float64Array[], t: number, s: OptimizerSettings): void;
  /** The rules as document 003 writes them, with one parameter's first-step numbers substituted. */
  explain(x: StepTrace, names: TraceNames, s: OptimizerSettings, num: (x: number) => string): UpdateLine[];
}

// The optimizers by id, and one step with L2 weight decay folded into the gradient (every rule but AdamW's decoupled decay).
import { adagrad } from './adagrad.js';
import { adam, adamw } from './adam.js';
import { momentum } from './momentum.js';
import { nesterov } from './nesterov.js';
import { paren } from './parts.js';
import { rmsprop } from './rmsprop.js';
import { sgd } from './sgd.js';
import { usesL2 as usesL2Of } from '../../definition/optimizerSettings.js';
import type { Optimizer, OptimizerId, OptimizerSettings, StepTrace, TraceNames, UpdateLine } from './types.js';

export const OPTIMIZERS: Record<OptimizerId, Optimizer> = { sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw };
export const OPTIMIZER_IDS = Object.keys(OPTIMIZERS) as OptimizerId[];
export type { Optimizer, OptimizerId, OptimizerSettings, Placement, StepTrace, UpdateLine } from './types.js';
export { DEFAULT_SETTINGS } from './types.js';

/** Whether λw is added to the gradient before the rule (L2); AdamW decays the weight itself. */
export function usesL2(optimizer: Optimizer, s: OptimizerSettings): boolean {
  return usesL2Of(optimizer.id, s);
}

/** One step; `scratch` (the gradient's length) holds ∂E/∂w + λw under L2, so `g` stays the loss's gradient. */
export function takeStep(optimizer: Optimizer, w: Float64Array, g: Float64Array, state: Float64Array[], t: number, s: OptimizerSettings, scratch: Float64Array): void {
  if (!usesL2(optimizer, s)) return optimizer.step(w, g, state, t, s);
  for (let i = 0; i < w.length; i++) scratch[i] = g[i]! + s.weightDecay * w[i]!;
  optimizer.step(w, scratch, state, t, s);
}

/** The rules with numbers; under L2 a first line forms g̃ = ∂E/∂w + λw, which the rules then use. */
export function explainStep(optimizer: Optimizer, x: StepTrace, names: TraceNames, s: OptimizerSettings, num: (x: number) => string): UpdateLine[] {
  if (!usesL2(optimizer, s)) return optimizer.explain(x, names, s, num);
  const gTilde = `\\tilde{g}_{${names.w}}`;
  const g = x.g + s.weightDecay * x.w;
  const first = { lhs: gTilde, rule: `${names.g} + \\lambda ${names.w}`, numbers: `${num(x.g)} + ${num(s.weightDecay)} \\cdot ${paren(num(x.w))}`, result: num(g) };
  return [first, ...optimizer.explain({ ...x, g }, { w: names.w, g: gTilde }, s, num)];
}

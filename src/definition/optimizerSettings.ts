// An `optimizer:` object's settings with their defaults, read by train's rules and derive's symbolic update alike.
import type { OptimizerSpec, OPTIMIZER_TYPES } from './optimizerSpec.js';

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

/** Each rule's name in a heading. */
export const OPTIMIZER_NAMES: Readonly<Record<OptimizerId, string>> = {
  sgd: 'Gradient descent', momentum: 'Gradient descent with momentum', nesterov: 'Nesterov momentum', adagrad: 'AdaGrad', rmsprop: 'RMSprop', adam: 'Adam', adamw: 'AdamW',
};

/** The keys of each rule's per-parameter state, as the file's `state:` names them (every entry starts at 0 unless given). */
export const STATE_KEYS: Readonly<Record<OptimizerId, readonly string[]>> = {
  sgd: [], momentum: ['velocity'], nesterov: ['velocity'], adagrad: ['cache'], rmsprop: ['cache'], adam: ['m', 'v'], adamw: ['m', 'v'],
};

/** The settings an `optimizer:` object gives, defaults filled in; `overrides` (the command line's) win over the file. */
export function settingsOf(spec: OptimizerSpec, learningRate: number, overrides: Partial<OptimizerSettings> = {}): OptimizerSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...definedOnly({ momentum: spec.momentum, dampening: spec.dampening, beta: spec.beta, beta1: spec.beta1, beta2: spec.beta2, eps: spec.eps, epsPlacement: spec.eps_placement, etaPlacement: spec.eta_placement, weightDecay: spec.weight_decay }),
    ...definedOnly(overrides),
    learningRate,
  };
}

/** Whether λw is added to the gradient before the rule (L2); AdamW decays the weight itself. */
export function usesL2(id: OptimizerId, s: Pick<OptimizerSettings, 'weightDecay'>): boolean {
  return s.weightDecay !== 0 && id !== 'adamw';
}

/** Whether an `optimizer:` object (or none) is plain gradient descent w⁺ = w − η ∂E/∂w. */
export function isPlainDescent(spec: OptimizerSpec | undefined): boolean {
  return spec === undefined || (spec.type === 'sgd' && !spec.weight_decay);
}

/** Options left undefined keep the defaults (a spread would overwrite them with undefined). */
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// The `optimizer:` object of a network or step file: which rule, its settings, and the state it starts from.
import { z } from 'zod';

/** Every update rule `train` and `step` know (train/optimizers has one file each). */
export const OPTIMIZER_TYPES = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'] as const;

const FiniteNumber = z.number().refine(Number.isFinite, 'must be a finite number');
const Placement = z.enum(['inside', 'outside']);

export const OptimizerSpec = z.strictObject({
  type: z.enum(OPTIMIZER_TYPES),
  /** η; default the file's learning_rate. */
  lr: FiniteNumber.optional(),
  /** μ of momentum and Nesterov. */
  momentum: FiniteNumber.optional(),
  /** Momentum only: the share of the gradient left out of the velocity, v ← μv + (1 − d) g (PyTorch's dampening);
   *  d = μ gives the exponential average v ← βv + (1 − β) g of Ng's course. */
  dampening: z.number().min(0).max(1).optional(),
  /** β (decay rate) of RMSprop. */
  beta: FiniteNumber.optional(),
  beta1: FiniteNumber.optional(),
  beta2: FiniteNumber.optional(),
  eps: FiniteNumber.optional(),
  /** ε inside the square root, √(v + ε) (document 003), or outside, √v + ε (CS231n, PyTorch). */
  eps_placement: Placement.optional(),
  /** η inside the velocity, v ← μv − η g (CS231n), or outside, v ← μv + g, w ← w − η v (PyTorch). */
  eta_placement: Placement.optional(),
  /** λ: L2 (λw added to the gradient) for every rule but adamw, where the decay is decoupled. */
  weight_decay: FiniteNumber.optional(),
  /** Steps already taken (Adam's bias correction uses t + 1 for the next step), as CS231n's config['t']. */
  t: z.number().int().min(0).optional(),
  /** Starting state by name (velocity; cache; m, v), each parameter → value; missing entries start at 0. */
  state: z.record(z.string(), z.record(z.string(), FiniteNumber)).optional(),
}).refine((s) => s.dampening === undefined || s.type === 'momentum', { path: ['dampening'], message: 'dampening belongs to momentum only' });

export type OptimizerSpec = z.infer<typeof OptimizerSpec>;

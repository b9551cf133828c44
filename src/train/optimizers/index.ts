// The optimizers by id.
import { adam } from './adam.js';
import { momentum } from './momentum.js';
import { rmsprop } from './rmsprop.js';
import { sgd } from './sgd.js';
import type { Optimizer, OptimizerId } from './types.js';

export const OPTIMIZERS: Record<OptimizerId, Optimizer> = { sgd, momentum, rmsprop, adam };
export const OPTIMIZER_IDS = Object.keys(OPTIMIZERS) as OptimizerId[];
export type { Optimizer, OptimizerId, OptimizerSettings, StepTrace, UpdateLine } from './types.js';
export { DEFAULT_SETTINGS } from './types.js';

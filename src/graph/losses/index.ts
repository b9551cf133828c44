// The loss registry: every built-in loss by the name a network file gives it. The file format's list of loss names
// (the zod enum, the JSON Schema, `init --loss`) is this object's keys, in this order.
import { binaryCrossEntropy } from './binaryCrossEntropy.js';
import { crossEntropy } from './crossEntropy.js';
import { halfSse } from './halfSse.js';
import type { Loss } from './loss.js';
import { mse } from './mse.js';
import { sse } from './sse.js';

export const LOSSES = {
  'half-sse': halfSse,
  sse,
  mse,
  'cross-entropy': crossEntropy,
  'binary-cross-entropy': binaryCrossEntropy,
} as const satisfies Record<string, Loss>;

export type LossName = keyof typeof LOSSES;
export const LOSS_NAMES = Object.keys(LOSSES) as [LossName, ...LossName[]];

export type { Loss } from './loss.js';
export { customLoss } from './custom.js';

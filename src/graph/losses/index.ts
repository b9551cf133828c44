// The loss registry: every built-in loss by the name a network file gives it. The file format's list of loss names
// (the zod enum, the JSON Schema, `init --loss`) is names.ts, whose names are this object's keys.
import { binaryCrossEntropy } from './binaryCrossEntropy.js';
import { crossEntropy } from './crossEntropy.js';
import { halfSse } from './halfSse.js';
import type { Loss } from './loss.js';
import { mse } from './mse.js';
import { sse } from './sse.js';
import { LOSS_NAMES, type LossName } from './names.js';

export const LOSSES = {
  'half-sse': halfSse,
  sse,
  mse,
  'cross-entropy': crossEntropy,
  'binary-cross-entropy': binaryCrossEntropy,
} as const satisfies Record<LossName, Loss>;

export { LOSS_NAMES, type LossName };

export type { Loss } from './loss.js';
export { customLoss } from './custom.js';

// Looks up a loss by the file's spec.
import type { LossSpec } from '../../definition/schema.js';
import type { SourceLocation } from '../../util/errors.js';
import type { Loss } from '../types.js';
import { binaryCrossEntropy } from './binaryCrossEntropy.js';
import { crossEntropy } from './crossEntropy.js';
import { customLoss } from './custom.js';
import { halfSse } from './halfSse.js';
import { mse } from './mse.js';
import { sse } from './sse.js';

export function resolveLoss(spec: LossSpec, where: SourceLocation): Loss {
  if (typeof spec !== 'string') return customLoss(spec.expr, where);
  switch (spec) {
    case 'half-sse': return halfSse;
    case 'sse': return sse;
    case 'mse': return mse;
    case 'cross-entropy': return crossEntropy;
    case 'binary-cross-entropy': return binaryCrossEntropy;
    default: {
      const never: never = spec;
      throw new Error(`unknown loss ${String(never)}`);
    }
  }
}

// Rectified linear unit. out = max(0, net); d/dnet = 1 if net > 0 else 0 (with a file's kink t: t at net = 0).
import { cond, fn, gt, num, type MathNode } from '../../util/mathNodes.js';
import { kinkSlope, oneKink } from '../../util/piecewise.js';
import type { Activation } from './activation.js';

/** ReLU; `kink` (the file's t) makes the slope at net = 0 (1 − t)·0 + t·1 instead of PyTorch's 0. */
export function reluWithKink(kink?: number): Activation {
  return {
    id: 'relu',
    apply: (net: MathNode) => fn('max', num(0), net),
    // d/dx max(0, x) = 1 for x > 0, 0 otherwise (0 taken at x = 0, or t)
    derivative: (_out: MathNode, net: MathNode) => (kink === undefined
      ? cond(gt(net, num(0)), num(1), num(0))
      : oneKink(net, num(0), num(0), num(kinkSlope(0, 1, kink)), num(1))),
    describe: 'ReLU',
  };
}

export const relu: Activation = reluWithKink();

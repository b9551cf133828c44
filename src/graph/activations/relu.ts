// Rectified linear unit. out = max(0, net); d/dnet = 1 if net > 0 else 0.
import { cond, fn, gt, num, type MathNode } from '../../util/mathNodes.js';
import type { Activation } from './activation.js';

export const relu: Activation = {
  id: 'relu',
  apply: (net: MathNode) => fn('max', num(0), net),
  // d/dx max(0, x) = 1 for x > 0, 0 otherwise (0 taken at x = 0)
  derivative: (_out: MathNode, net: MathNode) => cond(gt(net, num(0)), num(1), num(0)),
  describe: 'ReLU',
};

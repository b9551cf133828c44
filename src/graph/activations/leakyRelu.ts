// Leaky ReLU with slope a (0 < a < 1). out = max(a net, net); d/dnet = 1 if net > 0 else a (with a file's kink t: (1 − t)a + t at 0).
import { cond, fn, gt, num, op, type MathNode } from '../../util/mathNodes.js';
import { kinkSlope, oneKink } from '../../util/piecewise.js';
import type { Activation } from './activation.js';

export function leakyRelu(slope: number, kink?: number): Activation {
  return {
    id: 'leaky-relu',
    apply: (net: MathNode) => fn('max', op('*', num(slope), net), net),
    // d/dx max(a x, x) = 1 for x > 0, a otherwise (a at x = 0, or the kink convention's mix)
    derivative: (_out: MathNode, net: MathNode) => (kink === undefined
      ? cond(gt(net, num(0)), num(1), num(slope))
      : oneKink(net, num(0), num(slope), num(kinkSlope(slope, 1, kink)), num(1))),
    describe: `leaky ReLU (slope ${slope})`,
  };
}

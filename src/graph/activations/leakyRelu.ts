// Leaky ReLU with slope a (0 < a < 1). out = max(a net, net); d/dnet = 1 if net > 0 else a.
import { cond, fn, gt, num, op, type MathNode } from '../../util/mathNodes.js';
import type { Activation } from './activation.js';

export function leakyRelu(slope: number): Activation {
  return {
    id: 'leaky-relu',
    apply: (net: MathNode) => fn('max', op('*', num(slope), net), net),
    // d/dx max(a x, x) = 1 for x > 0, a otherwise
    derivative: (_out: MathNode, net: MathNode) => cond(gt(net, num(0)), num(1), num(slope)),
    describe: `leaky ReLU (slope ${slope})`,
  };
}

// Hyperbolic tangent. out = tanh(net); d/dnet = 1 - out^2.
import { fn, num, op, type MathNode } from '../../util/mathNodes.js';
import { withTwin } from '../../util/evaluationTwin.js';
import type { Activation } from './activation.js';

export const tanh: Activation = {
  id: 'tanh',
  apply: (net: MathNode) => fn('tanh', net),
  // d/dx tanh(x) = 1 − tanh(x)^2, evaluated as sech²(x) from the net: 1 − out² cancels for |net| ≳ 10
  derivative: (out: MathNode, net: MathNode) => withTwin(op('-', num(1), op('^', out, num(2))), fn('tanhSlope', net)),
  describe: 'hyperbolic tangent',
  call: { name: 'tanh', tex: '\\tanh', text: 'tanh', evaluate: Math.tanh },
};

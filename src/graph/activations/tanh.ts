// Hyperbolic tangent. out = tanh(net); d/dnet = 1 - out^2.
import { fn, num, op, type MathNode } from '../../util/mathNodes.js';
import type { Activation } from './activation.js';

export const tanh: Activation = {
  id: 'tanh',
  apply: (net: MathNode) => fn('tanh', net),
  // d/dx tanh(x) = 1 − tanh(x)^2
  derivative: (out: MathNode) => op('-', num(1), op('^', out, num(2))),
  describe: 'hyperbolic tangent',
  call: { name: 'tanh', tex: '\\tanh', text: 'tanh', evaluate: Math.tanh },
};

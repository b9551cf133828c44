// Logistic sigmoid. out = 1 / (1 + e^(-net)); d/dnet = out (1 - out).
import { fn, neg, num, op, type MathNode } from '../../util/mathNodes.js';
import { logSigmoid, stableSigmoid } from '../../util/stableMath.js';
import type { Activation } from './activation.js';

export const sigmoid: Activation = {
  id: 'sigmoid',
  apply: (net: MathNode) => op('/', num(1), op('+', num(1), fn('exp', neg(net)))),
  // d/dx σ(x) = σ(x)(1 − σ(x))
  derivative: (out: MathNode) => op('*', out, op('-', num(1), out)),
  describe: 'logistic sigmoid',
  // log σ(x) = −softplus(−x): a cross-entropy of a saturated sigmoid stays finite
  call: { name: 'sigmoid', tex: '\\sigma', text: 'σ', evaluate: stableSigmoid, log: logSigmoid },
};

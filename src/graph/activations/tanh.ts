// Hyperbolic tangent. out = tanh(net); d/dnet = 1 - out^2.
import { fn, neg, num, op, type MathNode } from '../../util/mathNodes.js';
import { withEvaluationForm } from '../../util/evaluationForm.js';
import type { Activation } from './activation.js';

export const tanh: Activation = {
  id: 'tanh',
  apply: (net: MathNode) => fn('tanh', net),
  // d/dx tanh(x) = 1 − tanh(x)^2, evaluated as 4σ(2x)σ(−2x) (= sech²x), which does not cancel at large |x|
  derivative: (out: MathNode, net?: MathNode) => {
    const printed = op('-', num(1), op('^', out, num(2)));
    const twice = op('*', num(2), net ?? out);
    return net ? withEvaluationForm(printed, op('*', num(4), op('*', fn('sigmoid', twice), fn('sigmoid', neg(twice))))) : printed;
  },
  describe: 'hyperbolic tangent',
  call: { name: 'tanh', tex: '\\tanh', text: 'tanh', evaluate: Math.tanh },
};

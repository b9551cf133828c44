// Logistic sigmoid. out = 1 / (1 + e^(-net)); d/dnet = out (1 - out).
import { fn, neg, num, op, type MathNode } from '../../util/mathNodes.js';
import { logSigmoid, stableSigmoid } from '../../util/stableMath.js';
import { withEvaluationForm } from '../../util/evaluationForm.js';
import type { Activation } from './activation.js';

export const sigmoid: Activation = {
  id: 'sigmoid',
  apply: (net: MathNode) => op('/', num(1), op('+', num(1), fn('exp', neg(net)))),
  // d/dx σ(x) = σ(x)(1 − σ(x)), evaluated as σ(x)σ(−x): 1 − σ(x) = σ(−x) keeps its relative precision at large x
  derivative: (out: MathNode, net?: MathNode) => {
    const printed = op('*', out, op('-', num(1), out));
    return net ? withEvaluationForm(printed, op('*', fn('sigmoid', net), fn('sigmoid', neg(net)))) : printed;
  },
  describe: 'logistic sigmoid',
  // log σ(x) = −softplus(−x): a cross-entropy of a saturated sigmoid stays finite
  call: { name: 'sigmoid', tex: '\\sigma', text: 'σ', evaluate: stableSigmoid, log: logSigmoid },
};

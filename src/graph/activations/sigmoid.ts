// Logistic sigmoid. out = 1 / (1 + e^(-net)); d/dnet = out (1 - out).
import { fn, neg, num, op, type MathNode } from '../../util/mathNodes.js';
import { logSigmoid, stableSigmoid } from '../../util/stableMath.js';
import { withTwin } from '../../util/evaluationTwin.js';
import type { Activation } from './activation.js';

export const sigmoid: Activation = {
  id: 'sigmoid',
  apply: (net: MathNode) => op('/', num(1), op('+', num(1), fn('exp', neg(net)))),
  // d/dx σ(x) = σ(x)(1 − σ(x)), evaluated with 1 − out = out·e^(−net) for net > 0: 1 − out cancels for net ≳ 19
  derivative: (out: MathNode, net: MathNode) => withTwin(op('*', out, op('-', num(1), out)), fn('sigmoidSlopeAt', out, net)),
  describe: 'logistic sigmoid',
  // 1 − σ(x) = σ(−x): a loss reads 1 − out from the net, where out has rounded to 1 (net ≳ 37)
  logits: { log: (net: MathNode) => fn('logSigmoid', net), complement: (net: MathNode) => sigmoid.apply(neg(net)) },
  // log σ(x) = −softplus(−x): a cross-entropy of a saturated sigmoid stays finite
  call: { name: 'sigmoid', tex: '\\sigma', text: 'σ', evaluate: stableSigmoid, log: logSigmoid },
};

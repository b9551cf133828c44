// Binary cross-entropy per output: E_k = −(t ln o + (1 − t) ln(1 − o)); dE_k/do_k = −(t/o − (1 − t)/(1 − o)).
import { fn, neg, num, op, type MathNode } from '../../util/mathNodes.js';
import type { Loss } from './loss.js';

const oneMinus = (x: MathNode): MathNode => op('-', num(1), x);
/** σ(x) = 1/(1 + e^(−x)), the form compileExpr evaluates stably. */
const logistic = (x: MathNode): MathNode => op('/', num(1), op('+', num(1), fn('exp', neg(x))));

export const binaryCrossEntropy: Loss = {
  id: 'binary-cross-entropy',
  term: (t: MathNode, o: MathNode) => neg(op('+', op('*', t, fn('log', o)), op('*', oneMinus(t), fn('log', oneMinus(o))))),
  // d/do −(t ln o + (1 − t) ln(1 − o)) = −(t/o − (1 − t)/(1 − o))
  derivative: (t: MathNode, o: MathNode) => neg(op('-', op('/', t, o), op('/', oneMinus(t), oneMinus(o)))),
  needsProbabilities: true,
  // after a sigmoid: δ = σ(net) − t, evaluated as (1 − t)σ(net) − tσ(−net), which neither cancels nor overflows at net = ±800
  logitDelta: { sigmoid: (t: MathNode, net: MathNode) => op('-', op('*', oneMinus(t), logistic(net)), op('*', t, logistic(neg(net)))) },
  describe: 'E = −Σ (t ln o + (1 − t) ln(1 − o))',
};

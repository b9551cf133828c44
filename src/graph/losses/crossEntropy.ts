// Cross-entropy with the natural log, per output: E_k = −t_k ln(o_k); dE_k/do_k = −t_k / o_k.
import { fn, neg, op, type MathNode } from '../../util/mathNodes.js';
import type { Loss } from './loss.js';

export const crossEntropy: Loss = {
  id: 'cross-entropy',
  term: (t: MathNode, o: MathNode) => neg(op('*', t, fn('log', o))),
  // d/do (−t ln o) = −t/o
  derivative: (t: MathNode, o: MathNode) => neg(op('/', t, o)),
  needsProbabilities: true,
  describe: 'E = −Σ t ln o',
};

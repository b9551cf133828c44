// Half squared error per output: E_k = 1/2 (t_k - o_k)^2; dE_k/do_k = -(t_k - o_k).
import { neg, num, op, type MathNode } from '../../util/mathNodes.js';
import type { Loss } from './loss.js';

export const halfSse: Loss = {
  id: 'half-sse',
  term: (t: MathNode, o: MathNode) => op('*', op('/', num(1), num(2)), op('^', op('-', t, o), num(2))),
  // d/do 1/2 (t - o)^2 = -(t - o)
  derivative: (t: MathNode, o: MathNode) => neg(op('-', t, o)),
  describe: 'E = Σ ½(t − o)²',
};

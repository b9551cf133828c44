// Squared error without the half: E_k = (t_k - o_k)^2; dE_k/do_k = -2 (t_k - o_k).
import { neg, num, op, type MathNode } from '../../util/mathNodes.js';
import type { Loss } from './loss.js';

export const sse: Loss = {
  id: 'sse',
  term: (t: MathNode, o: MathNode) => op('^', op('-', t, o), num(2)),
  // d/do (t - o)^2 = -2 (t - o)
  derivative: (t: MathNode, o: MathNode) => op('*', neg(num(2)), op('-', t, o)),
  describe: 'E = Σ (t − o)²',
};

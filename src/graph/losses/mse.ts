// Mean squared error over n outputs: E_k = 1/n (t_k - o_k)^2; dE_k/do_k = -2/n (t_k - o_k); one output prints as sse.
import { neg, num, op, type MathNode } from '../../util/mathNodes.js';
import type { Loss } from './loss.js';
import { sse } from './sse.js';

export const mse: Loss = {
  id: 'mse',
  // a single output has n = 1: (t - o)^2, not 1/1 (t - o)^2
  term: (t: MathNode, o: MathNode, n: number) =>
    n === 1 ? sse.term(t, o, n) : op('*', op('/', num(1), num(n)), op('^', op('-', t, o), num(2))),
  // d/do 1/n (t - o)^2 = -2/n (t - o)
  derivative: (t: MathNode, o: MathNode, n: number) =>
    n === 1 ? sse.derivative(t, o, n) : op('*', neg(op('/', num(2), num(n))), op('-', t, o)),
  describe: 'E = (1/n) Σ (t − o)²',
};

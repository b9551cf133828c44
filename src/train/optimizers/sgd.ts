// Plain gradient descent: w ← w − η ∂E/∂w.
import type { Optimizer } from './types.js';
import { paren } from './parts.js';

export { paren } from './parts.js';

export const sgd: Optimizer = {
  id: 'sgd',
  describe: 'gradient descent',
  state: [],
  step(w, g, _state, _t, s) {
    for (let i = 0; i < w.length; i++) w[i] = w[i]! - s.learningRate * g[i]!;
  },
  explain(x, n, s, num) {
    return [{ lhs: n.w, rule: `${n.w} - \\eta ${n.g}`, numbers: `${num(x.w)} - ${num(s.learningRate)} \\cdot ${paren(num(x.g))}`, result: num(x.wAfter) }];
  },
};

// Momentum (document 003, 8.3): δw ← a δw − η ∂E/∂w, then w ← w + δw.
import { paren } from './sgd.js';
import type { Optimizer } from './types.js';

export const momentum: Optimizer = {
  id: 'momentum',
  describe: 'gradient descent with momentum',
  state: ['dw'],
  step(w, g, [dw], _t, s) {
    for (let i = 0; i < w.length; i++) {
      dw![i] = s.momentum * dw![i]! - s.learningRate * g[i]!;
      w[i] = w[i]! + dw![i]!;
    }
  },
  explain(x, n, s, num) {
    const dw = `\\delta ${n.w}`;
    return [
      { lhs: dw, rule: `a \\, \\delta ${n.w} - \\eta ${n.g}`, numbers: `${num(s.momentum)} \\cdot ${paren(num(x.before[0]!))} - ${num(s.learningRate)} \\cdot ${paren(num(x.g))}`, result: num(x.after[0]!) },
      { lhs: n.w, rule: `${n.w} + \\delta ${n.w}`, numbers: `${num(x.w)} + ${paren(num(x.after[0]!))}`, result: num(x.wAfter) },
    ];
  },
};

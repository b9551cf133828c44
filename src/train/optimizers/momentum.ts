// Heavy-ball momentum. η inside (document 003, CS231n): δw ← a δw − η ∂E/∂w, w ← w + δw.
// η outside (PyTorch's SGD): δw ← a δw + ∂E/∂w, w ← w − η δw.
import { paren } from './parts.js';
import type { Optimizer } from './types.js';

export const momentum: Optimizer = {
  id: 'momentum',
  describe: 'gradient descent with momentum',
  state: [{ key: 'velocity', tex: (w) => `\\delta ${w}` }],
  step(w, g, [dw], _t, s) {
    if (s.etaPlacement === 'inside') {
      for (let i = 0; i < w.length; i++) {
        dw![i] = s.momentum * dw![i]! - s.learningRate * g[i]!;
        w[i] = w[i]! + dw![i]!;
      }
    } else {
      for (let i = 0; i < w.length; i++) {
        dw![i] = s.momentum * dw![i]! + g[i]!;
        w[i] = w[i]! - s.learningRate * dw![i]!;
      }
    }
  },
  explain(x, n, s, num) {
    const dw = `\\delta ${n.w}`;
    const v0 = paren(num(x.before[0]!));
    const v1 = num(x.after[0]!);
    if (s.etaPlacement === 'inside') {
      return [
        { lhs: dw, rule: `a \\, \\delta ${n.w} - \\eta ${n.g}`, numbers: `${num(s.momentum)} \\cdot ${v0} - ${num(s.learningRate)} \\cdot ${paren(num(x.g))}`, result: v1 },
        { lhs: n.w, rule: `${n.w} + \\delta ${n.w}`, numbers: `${num(x.w)} + ${paren(v1)}`, result: num(x.wAfter) },
      ];
    }
    return [
      { lhs: dw, rule: `a \\, \\delta ${n.w} + ${n.g}`, numbers: `${num(s.momentum)} \\cdot ${v0} + ${paren(num(x.g))}`, result: v1 },
      { lhs: n.w, rule: `${n.w} - \\eta \\, \\delta ${n.w}`, numbers: `${num(x.w)} - ${num(s.learningRate)} \\cdot ${paren(v1)}`, result: num(x.wAfter) },
    ];
  },
};

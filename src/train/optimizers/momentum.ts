// Heavy-ball momentum, named as derive and the options name it (v, μ). η inside (document 003, CS231n):
// v ← μ v − η ∂E/∂w, w ← w + v. η outside (PyTorch's SGD): v ← μ v + ∂E/∂w, w ← w − η v. Dampening d scales the
// gradient by (1 − d) in both; d = μ is the exponential average v ← μ v + (1 − μ) ∂E/∂w of Ng's course.
import { paren } from './parts.js';
import type { Optimizer, OptimizerSettings, TraceNames } from './types.js';

export const momentum: Optimizer = {
  id: 'momentum',
  describe: 'gradient descent with momentum',
  state: [{ key: 'velocity', tex: (w) => `v_{${w}}` }],
  step(w, g, [dw], _t, s) {
    const keep = 1 - s.dampening;
    if (s.etaPlacement === 'inside') {
      for (let i = 0; i < w.length; i++) {
        dw![i] = s.momentum * dw![i]! - s.learningRate * (keep * g[i]!);
        w[i] = w[i]! + dw![i]!;
      }
    } else {
      for (let i = 0; i < w.length; i++) {
        dw![i] = s.momentum * dw![i]! + keep * g[i]!;
        w[i] = w[i]! - s.learningRate * dw![i]!;
      }
    }
  },
  explain(x, n, s, num) {
    const dw = `v_{${n.w}}`;
    const v0 = paren(num(x.before[0]!));
    const v1 = num(x.after[0]!);
    const g = dampedGradient(n, s, num);
    if (s.etaPlacement === 'inside') {
      return [
        { lhs: dw, rule: `\\mu \\, ${dw} - \\eta ${g.rule}`, numbers: `${num(s.momentum)} \\cdot ${v0} - ${num(s.learningRate)} \\cdot ${g.numbers}${paren(num(x.g))}`, result: v1 },
        { lhs: n.w, rule: `${n.w} + ${dw}`, numbers: `${num(x.w)} + ${paren(v1)}`, result: num(x.wAfter) },
      ];
    }
    return [
      { lhs: dw, rule: `\\mu \\, ${dw} + ${g.rule}`, numbers: `${num(s.momentum)} \\cdot ${v0} + ${g.numbers}${paren(num(x.g))}`, result: v1 },
      { lhs: n.w, rule: `${n.w} - \\eta \\, ${dw}`, numbers: `${num(x.w)} - ${num(s.learningRate)} \\cdot ${paren(v1)}`, result: num(x.wAfter) },
    ];
  },
};

/** The gradient term of the velocity: g, (1 − μ) g when d = μ, else (1 − d) g; `numbers` is the factor's number and a dot. */
function dampedGradient(n: TraceNames, s: OptimizerSettings, num: (x: number) => string): { rule: string; numbers: string } {
  if (s.dampening === 0) return { rule: n.g, numbers: '' };
  const factor = s.dampening === s.momentum ? '(1 - \\mu)' : '(1 - d)';
  return { rule: `${factor} \\, ${n.g}`, numbers: `${num(1 - s.dampening)} \\cdot ` };
}

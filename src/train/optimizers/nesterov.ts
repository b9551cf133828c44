// Nesterov momentum on the gradient at w, with derive's μ. η inside (CS231n's notes): v ← μ v − η g,
// w ← w − μ v_old + (1 + μ) v. η outside (PyTorch's nesterov=True): v ← μ v + g, w ← w − η (g + μ v).
import { paren } from './parts.js';
import type { Optimizer } from './types.js';

export const nesterov: Optimizer = {
  id: 'nesterov',
  describe: 'Nesterov momentum',
  state: [{ key: 'velocity', tex: (w) => `v_{${w}}` }],
  step(w, g, [v], _t, s) {
    const a = s.momentum;
    if (s.etaPlacement === 'inside') {
      for (let i = 0; i < w.length; i++) {
        const old = v![i]!;
        v![i] = a * old - s.learningRate * g[i]!;
        w[i] = w[i]! - a * old + (1 + a) * v![i]!;
      }
    } else {
      for (let i = 0; i < w.length; i++) {
        v![i] = a * v![i]! + g[i]!;
        w[i] = w[i]! - s.learningRate * (g[i]! + a * v![i]!);
      }
    }
  },
  explain(x, n, s, num) {
    const v = `v_{${n.w}}`;
    const a = num(s.momentum);
    const [v0, v1] = [paren(num(x.before[0]!)), num(x.after[0]!)];
    if (s.etaPlacement === 'inside') {
      return [
        { lhs: v, rule: `\\mu \\, ${v} - \\eta ${n.g}`, numbers: `${a} \\cdot ${v0} - ${num(s.learningRate)} \\cdot ${paren(num(x.g))}`, result: v1 },
        { lhs: n.w, rule: `${n.w} - \\mu \\, ${v}^{\\mathrm{old}} + (1 + \\mu) \\, ${v}`, numbers: `${num(x.w)} - ${a} \\cdot ${v0} + ${num(1 + s.momentum)} \\cdot ${paren(v1)}`, result: num(x.wAfter) },
      ];
    }
    return [
      { lhs: v, rule: `\\mu \\, ${v} + ${n.g}`, numbers: `${a} \\cdot ${v0} + ${paren(num(x.g))}`, result: v1 },
      { lhs: n.w, rule: `${n.w} - \\eta \\left(${n.g} + \\mu \\, ${v}\\right)`, numbers: `${num(x.w)} - ${num(s.learningRate)} \\cdot (${num(x.g)} + ${a} \\cdot ${paren(v1)})`, result: num(x.wAfter) },
    ];
  },
};

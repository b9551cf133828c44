// Adam (document 003): m and v running averages, bias-corrected by 1 − β^t, then w ← w − η/√(v̂ + ε) · m̂.
import { paren } from './sgd.js';
import type { Optimizer } from './types.js';

export const adam: Optimizer = {
  id: 'adam',
  describe: 'Adam',
  state: ['m', 'v'],
  step(w, g, [m, v], t, s) {
    const c1 = 1 - s.beta1 ** t;
    const c2 = 1 - s.beta2 ** t;
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]!;
      m![i] = s.beta1 * m![i]! + (1 - s.beta1) * gi;
      v![i] = s.beta2 * v![i]! + (1 - s.beta2) * gi * gi;
      w[i] = w[i]! - (s.learningRate / Math.sqrt(v![i]! / c2 + s.eps)) * (m![i]! / c1);
    }
  },
  explain(x, n, s, num) {
    const [m0, v0] = x.before as [number, number];
    const [m1, v1] = x.after as [number, number];
    const mHat = m1 / (1 - s.beta1 ** x.t);
    const vHat = v1 / (1 - s.beta2 ** x.t);
    const sub = `_{${n.w}}`;
    return [
      { lhs: `m${sub}`, rule: `\\beta_1 m${sub} + (1 - \\beta_1) ${n.g}`, numbers: `${num(s.beta1)} \\cdot ${paren(num(m0))} + ${num(1 - s.beta1)} \\cdot ${paren(num(x.g))}`, result: num(m1) },
      { lhs: `v${sub}`, rule: `\\beta_2 v${sub} + (1 - \\beta_2) \\left(${n.g}\\right)^2`, numbers: `${num(s.beta2)} \\cdot ${paren(num(v0))} + ${num(1 - s.beta2)} \\cdot ${paren(num(x.g))}^2`, result: num(v1) },
      { lhs: `\\hat{m}${sub}`, rule: `\\frac{m${sub}}{1 - \\beta_1^{t}}`, numbers: `\\frac{${num(m1)}}{1 - ${num(s.beta1)}^{${x.t}}}`, result: num(mHat) },
      { lhs: `\\hat{v}${sub}`, rule: `\\frac{v${sub}}{1 - \\beta_2^{t}}`, numbers: `\\frac{${num(v1)}}{1 - ${num(s.beta2)}^{${x.t}}}`, result: num(vHat) },
      { lhs: n.w, rule: `${n.w} - \\frac{\\eta}{\\sqrt{\\hat{v}${sub} + \\epsilon}} \\hat{m}${sub}`, numbers: `${num(x.w)} - \\frac{${num(s.learningRate)}}{\\sqrt{${num(vHat)} + ${num(s.eps)}}} \\cdot ${paren(num(mHat))}`, result: num(x.wAfter) },
    ];
  },
};

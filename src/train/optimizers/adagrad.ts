// AdaGrad (Duchi et al. 2011, as CS231n writes it): cache ← cache + (∂E/∂w)², w ← w − η ∂E/∂w / (√cache + ε).
import { denominator, denominatorTex, paren } from './parts.js';
import type { Optimizer } from './types.js';

export const adagrad: Optimizer = {
  id: 'adagrad',
  describe: 'AdaGrad',
  state: [{ key: 'cache', tex: (w) => `\\mathit{cache}_{${w}}` }],
  step(w, g, [c], _t, s) {
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]!;
      c![i] = c![i]! + gi * gi;
      w[i] = w[i]! - (s.learningRate / denominator(c![i]!, s)) * gi;
    }
  },
  explain(x, n, s, num) {
    const c = `\\mathit{cache}_{${n.w}}`;
    return [
      { lhs: c, rule: `${c} + \\left(${n.g}\\right)^2`, numbers: `${num(x.before[0]!)} + ${paren(num(x.g))}^2`, result: num(x.after[0]!) },
      { lhs: n.w, rule: `${n.w} - \\frac{\\eta}{${denominatorTex(c, '\\epsilon', s)}} ${n.g}`, numbers: `${num(x.w)} - \\frac{${num(s.learningRate)}}{${denominatorTex(num(x.after[0]!), num(s.eps), s)}} \\cdot ${paren(num(x.g))}`, result: num(x.wAfter) },
    ];
  },
};

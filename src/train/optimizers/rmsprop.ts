// RMSprop (document 003, 8.5.2; CS231n calls v the cache): v ← βv + (1 − β)(∂E/∂w)², then w ← w − η/√(v + ε) · ∂E/∂w.
import { denominator, denominatorTex, paren } from './parts.js';
import type { Optimizer } from './types.js';

export const rmsprop: Optimizer = {
  id: 'rmsprop',
  describe: 'RMSprop',
  state: [{ key: 'cache', tex: (w) => `v_{${w}}` }],
  step(w, g, [v], _t, s) {
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]!;
      v![i] = s.beta * v![i]! + (1 - s.beta) * gi * gi;
      w[i] = w[i]! - (s.learningRate / denominator(v![i]!, s)) * gi;
    }
  },
  explain(x, n, s, num) {
    const v = `v_{${n.w}}`;
    return [
      { lhs: v, rule: `\\beta v_{${n.w}} + (1 - \\beta) \\left(${n.g}\\right)^2`, numbers: `${num(s.beta)} \\cdot ${paren(num(x.before[0]!))} + ${num(1 - s.beta)} \\cdot ${paren(num(x.g))}^2`, result: num(x.after[0]!) },
      { lhs: n.w, rule: `${n.w} - \\frac{\\eta}{${denominatorTex(v, '\\epsilon', s)}} ${n.g}`, numbers: `${num(x.w)} - \\frac{${num(s.learningRate)}}{${denominatorTex(num(x.after[0]!), num(s.eps), s)}} \\cdot ${paren(num(x.g))}`, result: num(x.wAfter) },
    ];
  },
};

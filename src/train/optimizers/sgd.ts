// Plain gradient descent: w ← w − η ∂E/∂w.
import type { Optimizer } from './types.js';

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

/** Negative numbers in parentheses, as in 0.5 - 0.5 \cdot (-1). */
export function paren(text: string): string {
  return text.startsWith('-') ? `(${text})` : text;
}

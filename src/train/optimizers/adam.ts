// Adam (document 003; Kingma & Ba 2015): m and v running averages, bias-corrected by 1 − β^t, then w ← w − η m̂ / √(v̂ + ε)
// (ε outside, √v̂ + ε, as the paper and CS231n write it, with eps_placement: outside). AdamW (Loshchilov & Hutter 2019)
// subtracts the decoupled decay η λ w as well.
import { denominator, denominatorTex, paren } from './parts.js';
import type { Optimizer, OptimizerSettings, StepTrace, TraceNames, UpdateLine } from './types.js';

function makeAdam(decoupled: boolean): Optimizer {
  return {
    id: decoupled ? 'adamw' : 'adam',
    describe: decoupled ? 'AdamW' : 'Adam',
    state: [{ key: 'm', tex: (w) => `m_{${w}}` }, { key: 'v', tex: (w) => `v_{${w}}` }],
    step(w, g, [m, v], t, s) {
      const c1 = 1 - s.beta1 ** t;
      const c2 = 1 - s.beta2 ** t;
      const decay = decoupled ? s.learningRate * s.weightDecay : 0;
      for (let i = 0; i < w.length; i++) {
        const gi = g[i]!;
        m![i] = s.beta1 * m![i]! + (1 - s.beta1) * gi;
        v![i] = s.beta2 * v![i]! + (1 - s.beta2) * gi * gi;
        w[i] = w[i]! - (s.learningRate / denominator(v![i]! / c2, s)) * (m![i]! / c1) - decay * w[i]!;
      }
    },
    explain: (x, n, s, num) => explainAdam(x, n, s, num, decoupled),
  };
}

function explainAdam(x: StepTrace, n: TraceNames, s: OptimizerSettings, num: (x: number) => string, decoupled: boolean): UpdateLine[] {
  const [m0, v0] = x.before as [number, number];
  const [m1, v1] = x.after as [number, number];
  const mHat = m1 / (1 - s.beta1 ** x.t);
  const vHat = v1 / (1 - s.beta2 ** x.t);
  const sub = `_{${n.w}}`;
  const decayRule = decoupled ? ` - \\eta \\lambda ${n.w}` : '';
  const decayNumbers = decoupled ? ` - ${num(s.learningRate)} \\cdot ${num(s.weightDecay)} \\cdot ${paren(num(x.w))}` : '';
  return [
    { lhs: `m${sub}`, rule: `\\beta_1 m${sub} + (1 - \\beta_1) ${n.g}`, numbers: `${num(s.beta1)} \\cdot ${paren(num(m0))} + ${num(1 - s.beta1)} \\cdot ${paren(num(x.g))}`, result: num(m1) },
    { lhs: `v${sub}`, rule: `\\beta_2 v${sub} + (1 - \\beta_2) \\left(${n.g}\\right)^2`, numbers: `${num(s.beta2)} \\cdot ${paren(num(v0))} + ${num(1 - s.beta2)} \\cdot ${paren(num(x.g))}^2`, result: num(v1) },
    { lhs: `\\hat{m}${sub}`, rule: `\\frac{m${sub}}{1 - \\beta_1^{t}}`, numbers: `\\frac{${num(m1)}}{1 - ${num(s.beta1)}^{${x.t}}}`, result: num(mHat) },
    { lhs: `\\hat{v}${sub}`, rule: `\\frac{v${sub}}{1 - \\beta_2^{t}}`, numbers: `\\frac{${num(v1)}}{1 - ${num(s.beta2)}^{${x.t}}}`, result: num(vHat) },
    {
      lhs: n.w,
      rule: `${n.w} - \\frac{\\eta}{${denominatorTex(`\\hat{v}${sub}`, '\\epsilon', s)}} \\hat{m}${sub}${decayRule}`,
      numbers: `${num(x.w)} - \\frac{${num(s.learningRate)}}{${denominatorTex(num(vHat), num(s.eps), s)}} \\cdot ${paren(num(mHat))}${decayNumbers}`,
      result: num(x.wAfter),
    },
  ];
}

export const adam = makeAdam(false);
export const adamw = makeAdam(true);

// Names of the matrix form's matrices in each convention: W^{(l)}, z^{(l)}, δ^{(l)} (column), Z^{[l]}, dW^{[l]} (Ng), X W (row-major).
import type { Activation } from '../../graph/types.js';
import type { Convention, MatrixName } from './matrixTypes.js';

export interface MatrixNames {
  input: MatrixName;
  target: MatrixName;
  loss: MatrixName;
  eta: MatrixName;
  weights(l: number): MatrixName;
  bias(l: number): MatrixName;
  net(l: number): MatrixName;
  out(l: number): MatrixName;
  /** The matrix the layer reads: the input for the first layer. */
  below(l: number): MatrixName;
  delta(l: number): MatrixName;
  gradOut(l: number): MatrixName;
  gradWeights(l: number): MatrixName;
  gradBias(l: number): MatrixName;
  derivative(l: number, activation: Activation | undefined): MatrixName;
  jacobian(l: number): MatrixName;
  updated(name: MatrixName): MatrixName;
  after(name: MatrixName): MatrixName;
}

const TEX_FN: Record<string, [string, string]> = { sigmoid: ['\\sigma', 'σ'], tanh: ['\\tanh', 'tanh'], relu: ['\\operatorname{ReLU}', 'ReLU'], softmax: ['\\operatorname{softmax}', 'softmax'] };

/** The head of an activation applied entry by entry: σ, tanh, ReLU, softmax, else f. */
export function activationHead(activation: Activation | undefined): MatrixName {
  const [tex, text] = (activation && TEX_FN[activation.id]) ?? ['f', 'f'];
  return { tex, text };
}

/**
 * `shift` is 1 for the layered notation, whose inputs are layer 1 (as its scalar names z_j^{(2)} are); `batch` uses
 * capitals for matrices with one column per example.
 */
export function matrixNames(convention: Convention, shift: number, batch: boolean): MatrixNames {
  const ng = convention === 'ng';
  const big = batch || ng || convention === 'row-major';
  const [lo, hi] = ng ? ['[', ']'] : ['(', ')'];
  const sup = (base: string, tbase: string, l: number): MatrixName => ({ tex: `${base}^{${lo}${l + shift}${hi}}`, text: `${tbase}^${lo}${l + shift}${hi}` });
  const v = (small: string, cap: string): [string, string] => (big ? [cap, cap] : [small, small]);
  const input: MatrixName = big ? { tex: 'X', text: 'X' } : { tex: 'x', text: 'x' };
  const [a] = v('a', 'A');
  const [z] = v('z', 'Z');
  const frac = (of: MatrixName): MatrixName => ({ tex: `\\frac{\\partial E}{\\partial ${of.tex}}`, text: `∂E/∂${of.text}` });
  const names: MatrixNames = {
    input,
    target: big ? { tex: 'Y', text: 'Y' } : { tex: 'y', text: 'y' },
    loss: ng ? { tex: 'J', text: 'J' } : { tex: 'E', text: 'E' },
    eta: ng ? { tex: '\\alpha', text: 'α' } : { tex: '\\eta', text: 'η' },
    weights: (l) => sup('W', 'W', l),
    bias: (l) => sup('b', 'b', l),
    net: (l) => sup(z, z, l),
    out: (l) => sup(a, a, l),
    below: (l) => (l === 1 ? input : sup(a, a, l - 1)),
    delta: (l) => (ng ? sup('dZ', 'dZ', l) : big ? sup('\\Delta', 'Δ', l) : sup('\\delta', 'δ', l)),
    gradOut: (l) => (ng ? sup('dA', 'dA', l) : { tex: `\\nabla_{${names.out(l).tex}} E`, text: `∇_${names.out(l).text} E` }),
    gradWeights: (l) => (ng ? sup('dW', 'dW', l) : frac(names.weights(l))),
    gradBias: (l) => (ng ? sup('db', 'db', l) : frac(names.bias(l))),
    derivative: (l, act) => {
      const head = ng ? { tex: 'g', text: 'g' } : activationHead(act);
      return { tex: `${head.tex}'(${names.net(l).tex})`, text: `${head.text}′(${names.net(l).text})` };
    },
    jacobian: (l) => ({ tex: `\\frac{\\partial ${names.out(l).tex}}{\\partial ${names.net(l).tex}}`, text: `∂${names.out(l).text}/∂${names.net(l).text}` }),
    updated: (n) => ({ tex: `{${n.tex}}^{+}`, text: `${n.text}⁺` }),
    after: (n) => ({ tex: `{${n.tex}}^{+}`, text: `${n.text}⁺` }),
  };
  return names;
}

// derive --hessian: second derivatives by forward-over-reverse on the quantity DAG, against central differences.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { deriveHessian } from '../../src/derive/hessian.js';
import { evaluateHessian, finiteDifferenceHessian } from '../../src/evaluate/evaluateHessian.js';
import { runCli } from '../helpers/cli.js';
import { compileLatex, requireLatex } from '../helpers/latex.js';

const maxGap = (a: number[][], b: number[][]): number => Math.max(...a.flatMap((row, i) => row.map((x, j) => Math.abs(x - b[i]![j]!))));

describe('the Hessian of small networks', () => {
  it.each([['mazur-2-2-2'], ['comp9444-week1d-two-layer'], ['comp9444-week1d-two-layer-tanh'], ['tartu-1-2-2-1'], ['ceng506-weight-update']])('agrees with central differences of the gradient on fixtures/%s.yaml', (name) => {
    const doc = derive(loadNetwork(`fixtures/${name}.yaml`));
    const h = deriveHessian(doc.derivation);
    const values = evaluateHessian(h, doc.valuation.evaluation);
    expect(maxGap(values, finiteDifferenceHessian(h, doc.valuation.evaluation))).toBeLessThan(1e-7);
    expect(maxGap(values, values[0]!.map((_, j) => values.map((row) => row[j]!)))).toBeLessThan(1e-12);
  });

  it('gives ∂²E/∂w5² = out_h1² · ∂²E_o1/∂net_o1² in Mazur\'s network, and 0 for weights of different outputs', () => {
    const doc = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
    const h = deriveHessian(doc.derivation);
    const H = evaluateHessian(h, doc.valuation.evaluation);
    const v = (id: string): number => doc.valuation.exact(id);
    const [o, t, x] = [v('v$out_o1'), v('v$target_o1'), v('v$out_h1')];
    // d/dnet [(o − t) o (1 − o)] = o(1 − o)[o(1 − o) + (o − t)(1 − 2o)]
    const second = o * (1 - o) * (o * (1 - o) + (o - t) * (1 - 2 * o));
    const [w5, w7] = [h.params.indexOf('w5'), h.params.indexOf('w7')];
    expect(H[w5]![w5]).toBeCloseTo(x * x * second, 14);
    expect(H[w5]![w7]).toBe(0);
  });

  it('prints ∂²E/∂v1∂v2 with its check in the text, and the LaTeX compiles', async () => {
    const txt = await runCli(['derive', 'fixtures/comp9444-week1d-two-layer.yaml', '--hessian', '--format', 'txt', '--out', '-', '--decimals', '6']);
    expect(txt.stdout).toContain('∂²E/∂v1∂v2 = 0.017539   (finite differences: 0.017539)');
    const tex = await runCli(['derive', 'fixtures/comp9444-week1d-two-layer.yaml', '--hessian', '--format', 'tex', '--out', '-']);
    expect(tex.stdout).toContain('\\frac{\\partial^{2} E}{\\partial v_{1}\\,\\partial v_{2}}');
    if (requireLatex()) expect(compileLatex(tex.stdout, 'hessian').ok).toBe(true);
  }, 60_000);
});

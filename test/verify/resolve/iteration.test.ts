// θ^{(k)}: the parameters after k steps of gradient descent, J(θ^{(k)}) the loss there, and the unmarked names after a
// step's names at that step. Numbers from the tumour logistic regression (test/verify/public/tumour-logreg.md, recomputed
// there with 40-digit arithmetic): batch gradient descent from θ = 0 with α = 0.01 on eight examples.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/tumour-logreg.yaml'));
const run = (doc: string) => verifyDocument(doc, net, { format: 'md' });
const said = (doc: string): string[] => run(doc).claims.filter((c) => c.verdict !== 'unresolved').map((c) => `${c.line} ${c.printed} ${c.verdict}`);

const page = String.raw`Parameters $\theta_0$, $\theta_1$, $\theta_2$ start at $\theta^{(0)} = [0, 0, 0]$.

$$\theta^{(1)} = \begin{bmatrix} 0 \\ 0.01875 \\ 0.04375 \end{bmatrix}$$ and $J(\theta^{(1)}) = 1.0805$.

## Second step

$$z = X^T \theta^{(1)}$$

$\frac{\partial J}{\partial \theta_1} = 16.31385676$

$$\theta^{(2)} = \begin{bmatrix} -0.00403519 \\ -0.14438857 \\ -0.06520612 \end{bmatrix}$$ with $J(\theta^{(2)}) = 4.9025$.`;

describe('the iteration rule', () => {
  it('reads θ^{(k)} entry by entry after k steps, J(θ^{(k)}) as the loss there, and ∂J/∂θ_1 after θ^{(1)} at step 1', () => {
    expect(said(page)).toEqual([
      '1 0 exact', '1 0 exact', '1 0 exact',
      '3 0 exact', '3 0.01875 exact', '3 0.04375 exact', '3 1.0805 exact',
      '9 16.31385676 exact',
      '11 -0.00403519 exact', '11 -0.14438857 exact', '11 -0.06520612 exact', '11 4.9025 exact',
    ]);
  });

  it('finds a wrong entry of a later step, and a cost of the wrong step', () => {
    const errata = (doc: string): string[] => run(doc).claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.printed}`);
    expect(errata(page.replace('-0.14438857', '-0.14488357'))).toEqual(['11 -0.14488357']);
    expect(errata(page.replace('J(\\theta^{(2)}) = 4.9025', 'J(\\theta^{(2)}) = 1.0805'))).toEqual(['11 1.0805']);
  });

  it('leaves a superscript of a network with two layers of weights alone unless the page counts from step 0', () => {
    const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
    const r = verifyDocument(String.raw`$w_5^{(1)} = 0.4$ and $w_6^{(1)} = 0.45$`, mazur, { format: 'md' });
    expect(r.names.some((n) => n.rule === 'iteration')).toBe(false);
    const counted = verifyDocument(String.raw`$w_5^{(0)} = 0.4$ and $w_5^{(1)} = 0.35891648$`, mazur, { format: 'md' });
    expect(counted.names.filter((n) => n.rule === 'iteration').map((n) => n.name)).toEqual(['w_5^(0)', 'w_5^(1)']);
    expect(counted.counts).toMatchObject({ exact: 2, erratum: 0 });
  });
});

describe('a vector printed as a list on a page that counts from 0', () => {
  // the first SGD step of the same page: example 7 (age 50, size 40, malignant), α = 0.1, from θ = 0
  const sgd = derive(loadNetwork('test/verify/public/tumour-sgd1.yaml'));
  const run1 = (doc: string) => verifyDocument(doc, sgd, { format: 'md' });
  const step = String.raw`The intercept is $\theta_0$, then $\theta_1$ (age) and $\theta_2$ (size).

- $\theta_0 = 0 - 0.1 \cdot (-0.5) = 0.05$
- $\theta_1 = 0 - 0.1 \cdot (-25) = 2.5$
- $\theta_2 = 0 - 0.1 \cdot (-20) = 2$

Now $\theta = [0.05, 2.5, 2]$.`;

  it('names θ = [0.05, 2.5, 2] θ_0, θ_1, θ_2 where the page writes θ_0 and no θ_3', () => {
    const r = run1(step);
    expect(r.claims.filter((c) => c.line === 7).map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.05 exact', '2.5 exact', '2 exact']);
    expect(run1(step.replace('[0.05, 2.5, 2]', '[2.5, 0.05, 2]')).claims.filter((c) => c.verdict === 'erratum').map((c) => c.printed)).toEqual(['2.5', '0.05']);
  });

  it('does not read θᵀx of two lists as an outer product beside a side of one number', () => {
    // the second SGD step: example 5 (age 44, size 35) from θ = (0.05, 2.5, 2)
    const second = derive(loadNetwork('test/verify/public/tumour-sgd2.yaml'));
    const doc = String.raw`With $\theta_0$ the intercept, $x = [1, 44, 35]$ and $\theta = [0.05, 2.5, 2]$: $z = \theta^T x = 0.05 \cdot 1 + 2.5 \cdot 44 + 2 \cdot 35 = 180.05$.`;
    const r = verifyDocument(doc, second, { format: 'md' });
    // kept whole, it is judged as the one number it prints, not as nine entries of an outer product
    expect(r.counts.erratum).toBe(0);
    expect(r.claims.filter((c) => c.printed === '180.05').map((c) => c.verdict)).toEqual(['exact']);
  });
});

describe("the network's own optimizer", () => {
  // θ = 5 on E = (θ·1 − 0)², Adam with α = 0.1 (test/verify/public/adam-html.yaml; the page's numbers recomputed there)
  const adam = derive(loadNetwork('test/verify/public/adam-html.yaml'));
  const run1 = (doc: string) => verifyDocument(doc, adam, { format: 'md' });

  it("judges θ⁺ by Adam's step, not by the plain gradient step the derivation prints (5 − 0.1·10 = 4)", () => {
    expect(run1('$\\theta^{+} = 4.9$').counts).toMatchObject({ exact: 1, erratum: 0 });
    expect(run1('$\\theta^{+} = 4.0$').counts).toMatchObject({ exact: 0, erratum: 1 });
  });

  it('reads θ_0, θ_1, θ_2 of a network whose one parameter is θ as its iterates, θ^{(k)} likewise', () => {
    expect(run1('Steps: $\\theta_0 = 5$, $\\theta_1 = 4.9$, $\\theta_2 = 4.8001$.').counts).toMatchObject({ exact: 3, erratum: 0 });
    expect(run1('From $\\theta^{(0)} = 5$: $\\theta^{(1)} = 4.9$, $\\theta^{(2)} = 4.0$.').claims.filter((c) => c.verdict === 'erratum').map((c) => c.printed)).toEqual(['4.0']);
  });
});

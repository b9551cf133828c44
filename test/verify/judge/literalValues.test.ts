// Values a page states of a known function: the indicator of a ReLU derivative (𝟙[z > 0]) and the network's activation
// at a printed number (g(10) in a truth table, as a Markdown cell or an array). Networks: test/verify/public/exam-relu.yaml
// (x = 2 → ReLU(0.5·x − 0.5) → sigmoid, so z_1 = 0.5 and ReLU'(z_1) = 1) and ng-and.yaml (one sigmoid unit; σ(10) ≈ 1,
// σ(−10) ≈ 0.000045).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const relu = derive(loadNetwork('test/verify/public/exam-relu.yaml'));
const sigmoid = derive(loadNetwork('test/verify/public/ng-and.yaml'));
const judged = (doc: string, net: typeof relu): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.verdict !== 'unresolved').map((c) => `${c.line} ${c.printed} ${c.verdict}`);
const errata = (doc: string, net: typeof relu): string[] => judged(doc, net).filter((v) => v.endsWith('erratum') || v.endsWith('truncation'));

describe('the indicator 𝟙[…] of a ReLU derivative', () => {
  const page = (value: string): string => String.raw`The hidden unit's sum is $z_1 = 0.5 \cdot 2 - 0.5 = 0.5$.

Its local derivative: $\frac{\partial a_1}{\partial z_1} = \mathbb{1}[z_1 > 0] = ${value}$, and again $\frac{\partial a_1}{\partial z_1} = \mathbb{1}_{z_1 \geq 0} = ${value}$ and $\frac{\partial a_1}{\partial z_1} = \mathbb{I}(0 < z_1) = ${value}$.`;

  it.each(['1', '1.0'])('judges the right value %s exact', (value) => {
    const verdicts = judged(page(value), relu);
    // each formula 𝟙[…] and each printed value
    expect(verdicts.filter((v) => v === `3 ${value} exact`)).toHaveLength(3);
    expect(verdicts.filter((v) => v.startsWith('3 ')).every((v) => v.endsWith(' exact'))).toBe(true);
    expect(errata(page(value), relu)).toEqual([]);
  });

  it('calls 0 an erratum (not a truncation: nobody keeps ReLU\'s argument to whole numbers)', () => {
    expect(errata(page('0'), relu)).toEqual(['3 0 erratum', '3 0 erratum', '3 0 erratum']);
  });
});

describe('the network\'s activation at a printed number', () => {
  const table = (last: string): string => `The unit computes AND:

| $x_1$ | $x_2$ | $h$ |
|---|---|---|
| 0 | 0 | g(-30) = 0 |
| 0 | 1 | g(-10) = 0 |
| 1 | 1 | g(10) = ${last} |
`;
  const array = (last: string): string => String.raw`The same as an array:

$$\begin{array}{cc|c}
x_1 & x_2 & h \\
\hline
0 & 1 & g(-10) \approx 0 \\
1 & 1 & g(10) \approx ${last} \\
\end{array}$$
`;

  it('reads a table cell that is an equation and judges g at the number', () => {
    expect(errata(table('1'), sigmoid)).toEqual([]);
    expect(judged(table('1'), sigmoid)).toContain('7 1 exact');
    expect(errata(table('0'), sigmoid)).toEqual(['7 0 erratum']);
  });

  it('reads an array whose rows hold one equation each', () => {
    expect(errata(array('1'), sigmoid)).toEqual([]);
    expect(judged(array('1'), sigmoid)).toEqual(['6 0 exact', '7 1 exact']);
    expect(errata(array('0'), sigmoid)).toEqual(['7 0 erratum']);
  });

  it('leaves f alone: pages define their own f', () => {
    expect(judged('Here $f(10) = 0$.', sigmoid)).toEqual([]);
  });
});

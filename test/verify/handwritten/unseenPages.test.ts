// Pages we wrote without looking at how verify reads them: plain-text working in bullet lists, Andrew Ng's layer
// superscripts with the input as layer 1 and J = ½Σ_k(a_k − y_k)², and his bracketed layers with the input as layer 0,
// vectors given as tuples, dz/dW names, ReLU into softmax. Each is clean as written; each planted slip is found on its line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPage } from './checkPage.js';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const here = import.meta.dirname;

describe('a page of plain-text working in bullet lists (Unicode ·, ×, −, ←; δ as (out − target) out (1 − out))', () => {
  checkPage('plain-text-step.md', 'fixtures/mazur-2-2-2.yaml', 68, [
    ['- out_h2 = 0.596884', '- out_h2 = 0.596848', 12, '0.596848', 'transposed-digits'],
    ['0.274811 + 0.023560 = 0.298371', '0.274811 + 0.023560 = 0.289371', 18, '0.289371', 'transposed-digits'],
    ['(1 − 0.772928) = −0.038098', '(1 − 0.772928) = 0.038098', 25, '0.038098', 'sign'],
    ['(−0.022603) = 0.511301', '(−0.022603) = 0.488699', 40, '0.488699', 'sign'],
    // the second forward pass, in prose under the heading "Going forward again", after "with all eight weights updated"
    ['outputs become 0.742088', 'outputs become 0.724088', 46, '0.724088', 'transposed-digits'],
  ]);
});

describe('layer superscripts, the input as layer 1, J summed over k (Mazur\'s network)', () => {
  checkPage('ng-superscripts.md', 'fixtures/mazur-2-2-2.yaml', 45, [
    ['\\sigma(1.2249) = 0.7729', '\\sigma(1.2249) = 0.7792', 22, '0.7792', 'transposed-digits'],
    ['(0.2271) = -0.0381', '(0.2271) = 0.0381', 35, '0.0381', 'sign'],
    ['0.4 - 0.5(0.0822) = 0.3589', '0.4 - 0.5(0.0822) = 0.3918', 43, '0.3918', 'wrong-learning-rate'],
    ['(0.4 \\cdot 0.1385 + 0.5 \\cdot (-0.0381))(0.2413) = 0.00877', '(0.4 \\cdot 0.1385)(0.2413) = 0.01337', 47, '0.01337', 'missing-term'],
  ]);
});

describe('bracketed layers, the input as layer 0, tuples, dz and dW, ReLU into softmax', () => {
  checkPage('ng-brackets.md', join(here, 'ng-brackets.yaml'), 70, [
    ['0.2437 & 0.2031 \\\\ -0.2437', '0.2437 & 0.2301 \\\\ -0.2437', 25, '0.2301', 'transposed-digits'],
    ['-\\log 0.5939 = 0.5211', '-\\log 0.5939 = 0.2263', 19, '0.2263', 'another-quantity'],
    ['-0.6 - 0.1(0.2031) = -0.6203', '-0.6 - 0.1(0.2031) = -0.5797', 36, '-0.5797', 'sign'],
  ]);
});

describe('a Beamer deck whose weights run from the first index to the second (w_{ij}: input i to hidden j), with ← updates', () => {
  // w_{ij}, v_{jk}, x_i, b and c are found by the numbers the forward pass writes in their places (s_1 = w_{11} x_1 + …
  // = 0.15 · 0.05 + …); v_{21} ← … names the weight whose update the numbers work out, never its updated value
  checkPage('from-to-beamer.tex', 'fixtures/mazur-2-2-2.yaml', 70, [
    ['y_1 &= \\sigma(r_1) = 0.75137', 'y_1 &= \\sigma(r_1) = 0.75173', 27, '0.75173', 'transposed-digits'],
    ['0.17551 = -0.03810', '0.17551 = 0.03810', 36, '0.03810', 'sign'],
    ['w_{22} = 0.30,', 'w_{22} = 0.03,', 9, '0.03', 'transposed-digits'],
    ['0.08267 = 0.40867', '0.08267 = 0.44173', 49, '0.44173', 'wrong-learning-rate'],
  ]);
});

describe('a Markdown table of name, formula and value in $…$ cells, a tanh layer, a loss of 0.0000424', () => {
  // the rows read as z_1 = 0.3 · 0.5 + (−0.2)(−1.0) = 0.35; 0.0000424 is judged at its 7 places (it was once read at 6
  // significant digits, which made it wrong)
  checkPage('tanh-table.md', join(here, 'tanh-table.yaml'), 46, [
    ['$0.1974$', '$0.1947$', 13, '0.1947', 'transposed-digits'],
    ['| -0.19919 |', '| -0.20081 |', 35, '-0.20081', 'sign'],
  ]);
});

describe('a notebook of a batch of two examples in Ng\'s superscripts (x^{(i)}, \\hat{y}^{(i)}), J the mean over i = 1 … m', () => {
  checkPage('batch-examples.ipynb', 'fixtures/batch-2-1.yaml', 25, [
    ['\\\\sigma(-0.4) = 0.4013', '\\\\sigma(-0.4) = 0.4031', 24, '0.4031', 'transposed-digits'],
    ['(0.5987)\\\\right] = 0.04821', '(0.5987)\\\\right] = 0.09642', 39, '0.09642', 'arithmetic'],
    ['falls to $J = 0.06966$', 'falls to $J = 0.06696$', 69, '0.06696', 'transposed-digits'],
  ]);
});

describe('a LaTeX article on one logistic unit: aligned, \\mathcal{L}, \\bigl[…\\bigr], bold vectors, ← updates', () => {
  checkPage('logreg-article.tex', join(here, 'logreg-article.yaml'), 34, [
    ['(a - y)\\,x_2 = 0.4502', '(a - y)\\,x_2 = -0.4502', 17, '-0.4502', 'sign'],
    ['= 0.1450.', '= 0.0550.', 22, '0.0550', 'sign'],
    ['\\approx 0.5498,', '\\approx 0.5948,', 9, '0.5948', 'transposed-digits'],
  ], 1);
});

describe('Mazur\'s step as lines of arithmetic in a ```text block (h1_out, o2_in, w5_new), the error "after this step" in prose', () => {
  // the page's one real slip is Mazur's own: 0.291027924 after the step is the error of weights updated too early
  it('names the error after the step as updated too early, its only erratum', () => {
    const r = verifyDocument(readFileSync(join(here, 'code-block-working.md'), 'utf8'), derive(loadNetwork('fixtures/mazur-2-2-2.yaml')), { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.slip}`)).toEqual(['26 updated-too-early']);
  });
  const fixed = (page: string): string => page.replace('0.291027924', '0.291027774');
  it.each([
    ['= 0.772928465\n', '= 0.772982465\n', 14, '0.772982465', 'transposed-digits'],
    ['= 0.35891648', '= 0.44108352', 23, '0.44108352', 'sign'],
  ])('finds %s planted as %s on line %i', (from, to, line, printed, slip) => {
    const page = fixed(readFileSync(join(here, 'code-block-working.md'), 'utf8'));
    expect(page).toContain(from);
    const wrong = verifyDocument(page.replace(from, () => to), derive(loadNetwork('fixtures/mazur-2-2-2.yaml')), { format: 'md' }).claims.filter((c) => c.verdict === 'erratum');
    expect(wrong.map((c) => `${c.line} ${c.printed} ${c.slip}`)).toEqual([`${line} ${printed} ${slip}`]);
  });
});

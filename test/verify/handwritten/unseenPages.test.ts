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

describe('a and z before the unit names (a_{h1}, z_{h1}), ≈ in prose math, updates marked by a prime (w_5\')', () => {
  const file = 'az-prime-step.md';
  checkPage(file, 'fixtures/mazur-2-2-2.yaml', 36, [
    ['(0.2486) \\approx 0.1385', '(0.2486) \\approx 0.1358', 13, '0.1358', 'transposed-digits'],
    ['\\delta_{o2} \\approx -0.0381', '\\delta_{o2} \\approx 0.0381', 19, '0.0381', 'sign'],
    ['\\approx 0.14978', '\\approx 0.14987', 23, '0.14987', 'wrong-learning-rate'],
    ['\\approx 0.2984', '\\approx 0.2948', 9, '0.2948', 'transposed-digits'],
    ['a_{o2} \\approx 0.7729', 'a_{o2} \\approx 0.7514', 7, '0.7514', 'swapped-index'],
  ]);

  it('finds a wrong weight substituted into an update whose own arithmetic holds (w_5\' = 0.45 − 0.5 × 0.0822 = 0.4089)', () => {
    const page = readFileSync(join(here, file), 'utf8').replace('0.40 - 0.5 \\times 0.0822 = 0.3589', '0.45 - 0.5 \\times 0.0822 = 0.4089');
    const r = verifyDocument(page, derive(loadNetwork('fixtures/mazur-2-2-2.yaml')), { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => [c.line, c.printed, c.causedBy === undefined ? 'root' : 'follows'])).toEqual([[17, '0.45', 'root'], [17, '0.4089', 'follows']]);
  });
});

describe('an exercise solution in LaTeX: a tabular of units (net input, output), align with \\nonumber and \\label, w^{(0)} → w^{(1)}', () => {
  checkPage('exercise-solution.tex', 'fixtures/mazur-2-2-2.yaml', 30, [
    ['$h_2$ & 0.3925 & 0.596884', '$h_2$ & 0.3925 & 0.596848', 14, '0.596848', 'transposed-digits'],
    ['$o_2$ & 1.224921', '$o_2$ & 1.105906', 16, '1.105906', 'swapped-index'],
    ['= 0.274811 + 0.023560 = 0.298371', '= 0.274811 + 0.023560 = 0.289371', 23, '0.289371', 'transposed-digits'],
    ['&= 0.082167. \\label', '&= 0.082176. \\label', 31, '0.082176', 'transposed-digits'],
    ['0.4 - 0.041084 = 0.358916', '0.4 + 0.041084 = 0.441084', 34, '0.441084', undefined],
  ]);
});

describe('softmax over four class scores: a table of classes with columns "score $z$", "$e^{z}$", "probability $p$", ∂L/∂z_j = p_j − y_j', () => {
  checkPage('softmax-classes.md', 'fixtures/tartu-softmax.yaml', 23, [
    ['| cat | 1.16 | 3.1899 | 0.0596 |', '| cat | 1.16 | 3.1899 | 0.0569 |', 8, '0.0569', 'transposed-digits'],
    ['| boat | −0.81 |', '| boat | 0.81 |', 9, '0.81', 'sign'],
    ['= 53.5658$, so', '= 53.5568$, so', 12, '53.5568', 'transposed-digits'],
    ['0.9315 - 1 = -0.0685', '0.9315 - 1 = 0.0685', 22, '0.0685', 'sign'],
  ]);

  it('counts the numbers of a column it does not read (e^z) as not judged, never as read', () => {
    const r = verifyDocument(readFileSync(join(here, 'softmax-classes.md'), 'utf8'), derive(loadNetwork('fixtures/tartu-softmax.yaml')), { format: 'md' });
    expect(r.coverage.numbers.seen).toBe(32);
    expect(r.coverage.notJudged.reduce((n, x) => n + x.count, 0)).toBe(r.coverage.numbers.seen - r.coverage.numbers.judged);
  });
});

describe('a plain-text answer key: two equations a line in columns, "new w5 = …", dE/dw5 over continued "=" lines', () => {
  const file = 'answer-key.txt';
  checkPage(file, 'fixtures/mazur-2-2-2.yaml', 60, [
    ['out_h2 = 0.596884', 'out_h2 = 0.596848', 9, '0.596848', 'transposed-digits'],
    ['= 0.274811 + 0.023560 = 0.298371', '= 0.274811 + 0.023560 = 0.289371', 13, '0.289371', 'transposed-digits'],
  ]);

  it.each([
    // a wrong weight under "new w5", whose own arithmetic holds
    ['new w5 = 0.40 - 0.5*0.082167 = 0.358916', 'new w5 = 0.45 - 0.5*0.082167 = 0.408916', 19, '0.45'],
    // the second path's term with its sign lost
    ['0.055399 - 0.019049 = 0.036350', '0.055399 + 0.019049 = 0.074448', 22, '0.019049'],
    // the other input substituted for i1
    ['* 0.241301 * 0.05 = 0.000439', '* 0.241301 * 0.10 = 0.000877', 23, '0.10'],
  ])('finds %s planted as %s: the root on line %i, printed %s, and what follows from it', (from, to, line, printed) => {
    const page = readFileSync(join(here, file), 'utf8');
    expect(page).toContain(from);
    const r = verifyDocument(page.replace(from, to), derive(loadNetwork('fixtures/mazur-2-2-2.yaml')), { format: 'text' });
    const wrong = r.claims.filter((c) => c.verdict === 'erratum');
    expect(wrong.filter((c) => c.causedBy === undefined).map((c) => [c.line, c.printed])).toEqual([[line, printed]]);
    expect(wrong.every((c) => c.line === line)).toBe(true);
  });
});

describe('a ReLU unit into a sigmoid unit: \\operatorname{ReLU}, \\max(0, ·), \\mathcal{L}, \\mathbb{1}[z_1 > 0], updates with ←', () => {
  checkPage('relu-sigmoid-step.md', 'test/verify/public/exam-relu.yaml', 38, [
    ['\\approx 0.6225$$', '\\approx 0.6252$$', 9, '0.6252', 'transposed-digits'],
    ['= -0.3775, \\qquad', '= 0.3775, \\qquad', 15, '0.3775', 'sign'],
    ['\\max(0,\\, 0.5) = 0.5', '\\max(0,\\, 0.5) = 0', 7, '0', 'arithmetic'],
    ['0.5 - 0.5 \\times (-0.1774) = 0.5887', '0.5 + 0.5 \\times (-0.1774) = 0.4113', 27, '0.4113', 'sign'],
  ]);
});

describe("Russell and Norvig's notation: in_j, a_j = g(in_j), Err_k = y_k − a_k, Δ = Err · g'(in) (minus the usual δ), w ← w + α a Δ", () => {
  checkPage('rn-delta.md', 'fixtures/mazur-2-2-2.yaml', 54, [
    ['0.751365 = -0.741365', '0.751365 = -0.741635', 20, '-0.741635', 'transposed-digits'],
    ['0.175510 = 0.038098', '0.175510 = 0.038908', 26, '0.038908', 'transposed-digits'],
    ['0.038098) = -0.008771', '0.038098) = 0.008771', 30, '0.008771', 'sign'],
    ['(-0.138499) = 0.358916', '(-0.138499) = 0.441084', 36, '0.441084', 'sign'],
    ['0.15 + 0.5 \\times 0.05', '0.15 + 0.1 \\times 0.05', 40, '0.1', 'wrong-learning-rate'],
  ], 1);
});

// Six more pages written before reading how verify reads them: an exam key with \boxed answers, a Beamer deck with
// columns, \alert and a weights table, numbered align rows with \tag and \underbrace labels, a notebook of two epochs,
// a German page with decimal commas and Unicode math, and a Q&A answer averaging a batch's gradients.
import { describe } from 'vitest';
import { checkPage, type Plant } from './checkPage.js';

const mazur = 'fixtures/mazur-2-2-2.yaml';
const batch = 'fixtures/batch-2-1.yaml';

/** [what the page is, its file, its network, numbers judged at least, slips planted one at a time, names left unresolved (listed)]. */
const pages: [string, string, string, number, Plant[], number][] = [
  // (d) works δ_o1 from out_o1 rounded to 0.75 (0.1388 for 0.1385): carried from a rounded operand, never an erratum
  ['an exam answer key: enumerate (a)–(f) with marks, \\boxed answers, \\approx, a rounded intermediate reused', 'exam-key.tex', mazur, 71, [
    ['approx \\boxed{0.0822}', 'approx \\boxed{0.0828}', 27, '0.0828', 'wrong-digit'],
    ['= \\boxed{0.2984}', '= \\boxed{0.2948}', 22, '0.2948', 'transposed-digits'],
    ['= \\boxed{0.3589}', '= \\boxed{0.4411}', 28, '0.4411', 'sign'],
    ['= 0.1388', '= 0.1383', 32, '0.1383', 'wrong-digit'],
  ], 0],
  // the outputs "After the step:" were once called updated too early; the old output there is found
  ['a Beamer deck: columns, \\alert, \\onslide, a tabular of weights before and after, "After the step:"', 'columns-beamer.tex', mazur, 59, [
    ['\\alert{0.75137}', '\\alert{0.75173}', 34, '0.75173', 'transposed-digits'],
    ['= \\alert{-0.03810}', '= \\alert{0.03810}', 49, '0.03810', 'sign'],
    ['& 0.08267 & 0.40867', '& 0.08267 & 0.49134', 72, '0.49134', undefined],
    ['$out_{o1} = 0.74209$', '$out_{o1} = 0.75137$', 85, '0.75137', undefined],
  ], 0],
  // the \underbrace labels' numbers were once dropped unseen, so a wrong one passed
  ['Markdown align rows with \\tag, \\label, \\nonumber, &= continuations and \\underbrace labels on the factors', 'align-tags.md', mazur, 50, [
    ['_{0.186816}', '_{0.168816}', 37, '0.168816', 'transposed-digits'],
    ['_{E_{o1} = 0.274811}', '_{E_{o1} = 0.247811}', 27, '0.247811', 'transposed-digits'],
    ['&= 0.000439 \\tag{8}', '&= 0.000493 \\tag{8}', 57, '0.000493', 'transposed-digits'],
    ['= 0.358916 \\tag{6}', '= 0.441084 \\tag{6}', 40, '0.441084', 'sign'],
  ], 0],
  // x^{(1)} = (1, 0) and x^{(2)} = (0, 1) are left unresolved (listed)
  ['a notebook of two epochs: a training loop\'s printed output and an "Epoch 2" section in prose', 'two-epochs.ipynb', batch, 40, [
    ['b = 0.092550', 'b = 0.096162', 77, '0.096162', 'iteration-count'],
    ['J = 0.069660', 'J = 0.071653', 75, '0.071653', undefined],
    ['z^{(1)} = 0.6164$', 'z^{(1)} = 0.6146$', 88, '0.6146', 'transposed-digits'],
    ['$w_1 = 0.54022$', '$w_1 = 0.52027$', 91, '0.52027', 'iteration-count'],
  ], 4],
  ['a German page: decimal commas (0,05), Unicode subscripts and ∂, σ′(net) and f′(net_o1), "und" between statements', 'komma-unicode.md', mazur, 52, [
    ['out_h2 = σ(0,3925) = 0,596884', 'out_h2 = σ(0,3925) = 0,596848', 12, '0.596848', 'transposed-digits'],
    ['= 0,298371.', '= 0,289371.', 16, '0.289371', 'transposed-digits'],
    ['0,5 · 0,082167 = 0,358916', '0,5 · 0,082167 = 0,441084', 24, '0.441084', 'sign'],
    ['w₂ = 0,20', 'w₂ = 0,02', 5, '0.02', 'transposed-digits'],
  ], 0],
  // E_A and E_B (each example's error) are left unresolved (listed)
  ['a Q&A answer: a batch of two examples A and B, \\frac{dE_A}{dz_A}, \\nabla_W, \\sigma\'(z), the mean', 'batch-mean-answer.md', batch, 35, [
    ['(0.228784) = -0.081068', '(0.228784) = -0.081086', 14, '-0.081086', 'transposed-digits'],
    ['= 0.007676$$', '= 0.015352$$', 22, '0.015352', 'arithmetic'],
    ['approx 0.649406', 'approx 0.645656', 28, '0.645656', undefined],
  ], 0],
];

describe.each(pages)('%s', (_what, file, network, judged, plants, unread) => checkPage(file, network, judged, plants, unread));

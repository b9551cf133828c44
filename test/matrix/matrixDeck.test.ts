// The matrix form as a Beamer deck: one layer's step a frame, wide results split by columns, tall ones continued.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { rowUnits } from '../../src/emit/matrix/matrixBeamer.js';

const deck = (file: string, notation?: 'ng' | 'row-major'): string => emit(derive(loadNetwork(file), { form: 'matrix', ...(notation ? { notation } : {}) }), 'beamer');
const titles = (tex: string): string[] => [...tex.matchAll(/\\begin\{frame\}\{(.*)\}/g)].map((m) => m[1]!);

describe('derive --form matrix --format beamer', () => {
  it('prints mazur-2-2-2 as the committed matrix deck', async () => {
    await expect(deck('fixtures/mazur-2-2-2.yaml')).toMatchFileSnapshot('golden/mazur-2-2-2.matrix.beamer.tex');
  });

  it('gives each layer\'s forward step, δ, gradients and updates a frame of its own', () => {
    expect(titles(deck('fixtures/mazur-2-2-2.yaml'))).toEqual([
      'The forward pass: $z^{(1)}$, $a^{(1)}$',
      'The forward pass: $z^{(2)}$, $a^{(2)}$',
      'The error',
      'The backward pass: output layer: $\\delta^{(2)}$',
      'The backward pass: output layer: gradients',
      'The backward pass: output layer: updates',
      'The backward pass: hidden layer: $\\delta^{(1)}$',
      'The backward pass: hidden layer: gradients',
      'The backward pass: hidden layer: updates',
      'After the update',
    ]);
  });

  it('splits a result wider than the frame into column blocks and continues a long step on a (cont.) frame', () => {
    const tex = deck('test/matrix/fixtures/wide-batch-2-2-1.yaml');
    expect(tex).toContain('\\left(A^{(1)}\\right)_{:,1:5} &= \\begin{bmatrix} 0.645656306 & 0.40131234');
    expect(tex).toMatch(/\\left\(A\^\{\(1\)\}\\right\)_\{:,6:8\} &= \\begin\{bmatrix\}/);
    expect(titles(tex)).toContain('The backward pass: hidden layer: $\\Delta^{(1)}$ (cont.)');
    // the sentence naming the CSV folder of full numbers
    expect(tex).toContain('wide-batch-2-2-1-matrices');
  });

  it('names the row-major and Ng conventions\' matrices in the frame titles', () => {
    expect(titles(deck('fixtures/batch-2-1.yaml', 'row-major'))).toContain('The forward pass: $Z^{(1)}$, $A^{(1)}$');
    expect(titles(deck('fixtures/batch-2-1.yaml', 'ng'))).toContain('The backward pass: output layer: $dZ^{[1]}$');
  });

  it.each([
    ['x &= 1', 1],
    ['x &= \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}', 2.04],
    ['\\frac{\\partial E}{\\partial b} &= 1', 1.4],
    ['x &= \\underset{9 \\times 1}{\\begin{bmatrix} 1 \\\\ \\vdots \\\\ 9 \\end{bmatrix}}', 3.46],
  ])('measures the row %s as %s frame units', (row, units) => {
    expect(rowUnits(row)).toBeCloseTo(units, 2);
  });
});

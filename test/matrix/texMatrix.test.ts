// bmatrix printing: elision to the limits, and only the entries shown are formatted (the 784-100-10 bench's hot path).
import { describe, expect, it } from 'vitest';
import { bmatrixOf } from '../../src/emit/matrix/texMatrix.js';

describe('bmatrixOf', () => {
  it('formats only the shown rows of the measured columns of a 100 × 784 matrix', () => {
    let calls = 0;
    const m = bmatrixOf(100, 784, (i, k) => (calls++, (0.1 * ((i * 7 + k) % 13) - 0.6).toFixed(9)), { rows: 10, ems: 22 });
    expect(m.s.startsWith('\\underset{100 \\times 784}{\\begin{bmatrix}')).toBe(true);
    expect(m.s.match(/\\\\/g)).toHaveLength(9);
    expect(calls).toBeLessThan(60);
  });

  it.each([
    [2, 2, '\\begin{bmatrix} 0,0 & 0,1 \\\\ 1,0 & 1,1 \\end{bmatrix}'],
    // narrow enough for the page, but amsmath's bmatrix takes at most 10 columns: elided like a row past the 10th
    [1, 12, '\\underset{1 \\times 12}{\\begin{bmatrix} 1 & 0 & 1 & 0 & 1 & 0 & 1 & 0 & \\cdots & 0 \\end{bmatrix}}'],
    [12, 1, '\\underset{12 \\times 1}{\\begin{bmatrix} 0,0 \\\\ 1,0 \\\\ 2,0 \\\\ 3,0 \\\\ 4,0 \\\\ 5,0 \\\\ 6,0 \\\\ 7,0 \\\\ \\vdots \\\\ 11,0 \\end{bmatrix}}'],
  ])('prints a %i × %i matrix as %s', (rows, cols, tex) => {
    expect(bmatrixOf(rows, cols, (i, k) => (rows === 1 ? `${(k + 1) % 2}` : `${i},${k}`), { rows: 10, ems: 22 }).s).toBe(tex);
  });
});

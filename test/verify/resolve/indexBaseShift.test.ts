// How a page's count of indices is matched with the network's: shift a family by one only where nothing else fits.
import { describe, expect, it } from 'vitest';
import { shiftOf } from '../../../src/verify/resolve/rules/indexBaseShift.js';
import { indexBaseOf, zeroBasedMatrix } from '../../../src/verify/read/indexBase.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';

describe('shifting a family of indexed names by one', () => {
  it.each<[string, number[], number[], -1 | 0 | 1]>([
    ['a page from 0 (x_0, x_1), a network from 1 (x1, x2)', [0, 1], [1, 2], 1],
    ['a page from 1 (a printed vector x_1, x_2), a network from 0 (x0, x1)', [1, 2], [0, 1], -1],
    ['both from 1', [1, 2], [1, 2], 0],
    ['both from 0', [0, 1], [0, 1], 0],
    ["Ng's bias unit x_0 = 1 beside x_1, x_2 of a network x1, x2", [0, 1, 2], [1, 2], 0],
    ['a page that names only some of a 0-based family (x_1 of x0, x1, x2)', [1], [0, 1, 2], 0],
    ['a one-member family', [0], [1], 0],
  ])('%s: %i', (_, mine, theirs, shift) => {
    expect(shiftOf(mine, theirs)).toBe(shift);
  });
});

describe('a matrix numbered from 0 in rows and columns', () => {
  const base = (latex: string) => indexBaseOf([parseLatexMath(latex)]);
  it.each<[string, string, number, number, boolean]>([
    ['W_{00} and W_{12} of a 2 × 3 matrix', 'W_{00} = 1, W_{12} = 2', 2, 3, true],
    ['W_{01} alone', 'W_{01} = 1', 2, 2, true],
    ['W_{11} and W_{22}: counted from 1', 'W_{11} = 1, W_{22} = 2', 2, 2, false],
    ["bias weights w_{01} beside w_{21} of a two-row matrix (row 2 is past the last row from 0)", 'w_{01} = 1, w_{21} = 2', 2, 2, false],
  ])('%s: %s', (_, md, rows, cols, zero) => {
    const key = md.includes('w_') ? 'w' : 'W';
    expect(zeroBasedMatrix(base(md), key, rows, cols)).toBe(zero);
  });
});

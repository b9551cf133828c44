// A power of a vector ([.77; .62]^2, 1 − Y^2) squares each entry, as numpy does; a square matrix's power is still not read.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one linear unit: nothing on the page below is its quantity; only the arithmetic of the entries is judged
const unit = linearUnit();
const report = (latex: string) => verifyDocument(`$$${latex}$$\n`, unit, { format: 'md' });

describe('powers of vectors', () => {
  it('checks each entry of 1 − [a; b]^2 and finds a wrong one', () => {
    const claims = report('D = \\begin{bmatrix}1\\\\1\\end{bmatrix}-\\begin{bmatrix}.77\\\\.51\\end{bmatrix}^2=\\begin{bmatrix}.41\\\\.26\\end{bmatrix}').claims;
    expect(claims.map((c) => `${c.printed} ${c.verdict}`)).toEqual(['.41 exact', '.26 erratum']);
  });

  it('still leaves the power of a square matrix unread', () => {
    const r = report('A = \\begin{bmatrix}1 & 2\\\\3 & 4\\end{bmatrix}^2 = \\begin{bmatrix}7 & 10\\\\15 & 22\\end{bmatrix}');
    expect(r.claims.filter((c) => c.verdict !== 'unresolved')).toEqual([]);
    expect(r.coverage.numbers.judged).toBe(0);
  });
});

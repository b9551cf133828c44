// A page whose conversion lost its multiplication signs (W10x0 + W11x1 = 31 + (-1)1) glues each weight to its input.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/studyx-rn.yaml'));
const run = (line: string) => verifyDocument(`${line}\n`, net, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.printed}: ${c.detail ?? ''}`);

describe('products glued together by lost multiplication signs', () => {
  it.each([
    ['z1 = W10x0 + W11x1 + W12x2 = 31 + (-1)1 + 23 = 8'],
    ['z2 = W20x0 + W21x1 + W22x2 = 11 + 21 + 03 = 3'],
  ])('reads %s as products, with no erratum', (line) => {
    expect(run(line)).toEqual([]);
  });

  it('still calls a wrong number substituted among glued products wrong', () => {
    // 3·1 + (−1)·1 + 2·4 = 10, not 8: no cut of 24 gives the printed value
    expect(run('z1 = W10x0 + W11x1 + W12x2 = 31 + (-1)1 + 24 = 8')).toHaveLength(1);
  });

  it('reads no glued products where the formula multiplies with a sign', () => {
    expect(run('z1 = W10*x0 + W11*x1 + W12*x2 = 31 + (-1)1 + 23 = 8')).toHaveLength(1);
  });
});

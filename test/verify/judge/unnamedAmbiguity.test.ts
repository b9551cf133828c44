// A chain that names nothing is judged as the working of the quantity whose formula its numbers work out; a reading
// that needs one of its numbers to be a slip is not taken when that number prints, right, a quantity that another
// candidate's formula reads (Han and Kamber's w14 and w35 both start at 0.2 and both multiply an input of 1: the
// −0.0087 of 0.2 + (0.9)(−0.0087)(1) is δ4, so the chain is not w35's step with δ5 misprinted).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/hk-array.yaml'));
const claimsOf = (math: string): string[] =>
  verifyDocument(`One step:\n\n$$${math}$$\n`, net, { format: 'md' }).claims.map((c) => `${c.kind} ${c.subject ?? ''} ${c.printed} ${c.verdict}`.replace(/\s+/g, ' '));

describe('a chain that names nothing, between two readings', () => {
  it('calls no number a swapped index where it is another candidate\'s quantity as printed', () => {
    const claims = claimsOf('0.2 + (0.9)(-0.0087)(1) = 0.192');
    expect(claims.filter((c) => c.includes('erratum'))).toEqual([]);
  });

  it('still reads the chain whose every number fits one quantity', () => {
    expect(claimsOf('0.2 + (0.9)(-0.0065)(1) = 0.194')).toContain('value w35⁺ 0.194 exact');
  });
});

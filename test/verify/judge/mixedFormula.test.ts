// A formula that prints rounded numbers among its names (0.741365 · ∂out/∂net · 0.593270) is judged with those numbers'
// rounding allowed: it was once an erratum for 0.082167034 against 0.082167041. A wrong number in it is still found.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const formula = (first: string): string[] => verifyDocument(`$$\\frac{\\partial E_{total}}{\\partial w_5} = ${first} \\cdot \\frac{\\partial out_{o1}}{\\partial net_{o1}} \\cdot 0.593270 = 0.082167$$\n`, mazur, { format: 'md' })
  .claims.filter((c) => c.kind === 'formula').map((c) => c.verdict);

describe('a formula of rounded numbers and names', () => {
  it('allows the rounding of its printed numbers', () => expect(formula('0.741365')).toEqual(['exact']));
  it('finds a number in it off by more than its rounding', () => {
    expect(formula('0.741375')).toEqual(['erratum']);
    expect(formula('0.714365')).toEqual(['erratum']);
  });
});

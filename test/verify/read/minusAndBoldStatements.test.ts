// Two ways pages type math that verify read as something else: a minus sign written \text{-}, and a whole statement inside \mathbf{…}.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const rnn = derive(loadNetwork('test/verify/public/rnn-textminus.yaml'));
const graph = derive(loadNetwork('test/verify/public/tr-micrograd.yaml'));
const verdicts = (doc: string, net = rnn) =>
  verifyDocument(`${doc}\n`, net, { format: 'md' }).claims.map((c) => `${c.verdict} ${c.printed}`);

describe('a minus sign written \\text{-}', () => {
  it.each([
    ['\\text{-}', '$$h_3 = \\tanh(\\text{-}0.0593) = \\text{-}0.0592$$'],
    ['\\text{−}', '$$h_3 = \\tanh(\\text{−}0.0593) = \\text{−}0.0592$$'],
  ])('reads %s before a number as a minus, so the value is judged', (_, doc) => {
    expect(verdicts(doc)).toContain('exact -0.0592');
  });

  it('finds a wrong value written with it', () => {
    expect(verdicts('$$h_3 = \\tanh(\\text{-}0.0593) = \\text{-}0.592$$')).toContain('erratum -0.592');
  });
});

describe('a whole statement inside \\mathbf{…}', () => {
  it('reads the statement, so its numbers are judged', () => {
    expect(verdicts('$\\mathbf{\\frac{\\partial L}{\\partial a} = (-2) \\times (-3.0) = \\mathbf{6.0}}$', graph)).toContain('exact 6.0');
    expect(verdicts('$\\mathbf{\\frac{\\partial L}{\\partial a} = (-2) \\times (-3.0) = \\mathbf{-6.0}}$', graph).join()).toMatch(/erratum -6.0/);
  });

  it('keeps \\mathbf around a name a bold name', () => {
    expect(verdicts('$\\mathbf{e} = \\mathbf{a} \\cdot \\mathbf{b} = -6$', graph)).toContain('exact -6');
  });
});

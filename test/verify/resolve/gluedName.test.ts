// Rule glued-name: names written side by side whose joined spelling is a node of the network are that node, else their product.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// micrograd's neuron: x1w1 = x1·w1, x2w2 = x2·w2, x1w1x2w2 = x1w1 + x2w2, n = x1w1x2w2 + b, o = tanh(n)
const neuron = derive(loadNetwork('test/verify/public/tr-micrograd-neuron.yaml'));
const verdicts = (doc: string) => verifyDocument(`${doc}\n`, neuron, { format: 'md' }).claims.map((c) => `${c.verdict} ${c.printed}`);

describe('names written side by side', () => {
  it.each([
    ['a node named by four glued names', '$n = x1w1x2w2 + b$', 'exact x1w1x2w2 + b'],
    ['two nodes named by two glued names each', '$n = x1w1 + x2w2 + b = 0.8814$', 'exact 0.8814'],
  ])('reads %s as that node: %s', (_, doc, expected) => {
    expect(verdicts(doc)).toContain(expected);
  });

  it('still finds a wrong formula written with a node glued', () => {
    expect(verdicts('$o = x1w1x2w2 + b$').join()).toMatch(/erratum x1w1x2w2 \+ b/);
  });

  it('reads a spelling the network has no node of as the product of its names (x1w2 = x1 · w2 = 2)', () => {
    expect(verdicts('$\\frac{\\partial o}{\\partial b} = x1w2 \\cdot 0.25 = 0.5$')).toContain('exact 0.5');
    expect(verdicts('$\\frac{\\partial o}{\\partial b} = x1w2 \\cdot 0.25 = 0.7$').join()).toMatch(/erratum 0.7/);
  });

  it('reads names with a space between them as a product, not one name (x1w1 x2w2 + b = x1w1 · x2w2 + b)', () => {
    expect(verdicts('$n = x1w1 x2w2 + b$').join()).toMatch(/erratum x1w1 x2w2 \+ b/);
  });

  it('reads a derivative by a glued node name as the derivative by that node', () => {
    expect(verdicts('$\\frac{\\partial o}{\\partial x2w2} = 0.5$')).toContain('exact 0.5');
    expect(verdicts('$\\frac{\\partial o}{\\partial x2w2} = 0.05$').join()).toMatch(/erratum 0.05/);
    expect(verdicts('$\\frac{\\partial x1w1}{\\partial w1} = x1 = 2$')).toContain('exact 2');
  });
});

// A chain that ends on numbers written for a quantity, with no result after them, says those numbers give its value.
// Network: test/verify/public/rst-mazur.yaml (∂E/∂out_h1 = 0.036350306, the sum of 0.055399425 and -0.019049119).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/rst-mazur.yaml'));
const errata = (numbers: string): string[] => {
  const doc = `Summed over both outputs:\n\n$$\\frac{\\partial E_{total}}{\\partial out_{h1}} = ${numbers}$$\n`;
  return verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.kind} ${c.printed}`);
};

describe('a chain ending on numbers with no result printed', () => {
  it('is wrong where the numbers give another value (a plus typed for the equals sign)', () => {
    expect(errata('0.055399425 + -0.019049119 + 0.036350306')).toEqual(['formula 0.055399425 + -0.019049119 + 0.036350306']);
  });

  it('passes numbers that give the value, also rounded', () => {
    expect(errata('0.055399425 + -0.019049119')).toEqual([]);
    expect(errata('0.0554 + -0.0190')).toEqual([]);
  });

  it('leaves a side with a function alone (e^2 reads exp(2), yet a page may name its error e)', () => {
    expect(errata('e^2 + 0.5')).toEqual([]);
  });
});

// Arithmetic on numbers printed to two digits is checked as printed: .28 × .62 printed .18 is a slip of the page, while
// a one-digit operand (.07) or three-digit ones leave a result that only their rounding explains unresolved.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// a network none of whose given values is among the numbers below (a given value is exact, not rounded)
const neuron = derive(loadNetwork('test/verify/resolve/tanh-neuron.yaml'));

/** The verdict on the result of one product of numbers, under a name the network does not have. */
const verdict = (product: string): string => {
  const claims = verifyDocument(`# A product\n\n$$q = ${product}$$\n`, neuron, { format: 'md' }).claims.filter((c) => c.kind === 'arithmetic');
  return claims.map((c) => `${c.printed} ${c.verdict}${c.slip ? ` ${c.slip}` : ''}`).join(', ');
};

describe('two-digit arithmetic', () => {
  it.each([
    ['.28 \\times .62 = .17', '.17 exact'],
    ['.28 \\times .62 = .18', '.18 erratum arithmetic'],
    ['-.15 \\times .36 = -.06', '-.06 erratum arithmetic'],
    // one significant digit: .07 may be anything from .065 to .075, so .04 may be right
    ['.07 \\times .65 = .04', '.04 unresolved'],
    // three digits: the page may have worked from unrounded values
    ['0.281 \\times 0.617 = 0.174', '0.174 unresolved'],
  ])('%s: %s', (product, expected) => {
    expect(verdict(product)).toBe(expected);
  });
});

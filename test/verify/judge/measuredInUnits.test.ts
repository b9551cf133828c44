// Statements whose numbers carry a unit (1/800 = 1.25 ms) measure something else than the network: set aside, never an erratum.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const relu = derive(loadNetwork('test/verify/public/eee404-relu.yaml'));
const run = (doc: string) => verifyDocument(doc, relu, { format: 'md' });

describe('numbers with units', () => {
  it('sets a unit conversion aside, with the unit in its reason (the text after the math, or \\text inside it)', () => {
    const r = run('$$z_{H_1} = 0.185$$\n\nThe samples are $T_s = 1/800 = 1.25$ ms apart, and $L = 0.050 \\cdot 800 = 40\\text{ samples}$.\n');
    expect(r.claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
    expect(r.coverage.notJudged.map((n) => n.reason).filter((s) => s.includes('measurement'))).toEqual(['a measurement in ms, not a quantity of the network', 'a measurement in samples, not a quantity of the network']);
  });

  it('reads 2s inside math as a product, not two seconds', () => {
    const r = run('$$g(s) = 2 \\left(\\frac{1}{1 + e^{-2s}} \\right) - 1$$\n');
    expect(r.coverage.notJudged.filter((n) => /measurement/.test(n.reason))).toEqual([]);
  });

  it('does not take the first word of the next paragraph for a unit (A, s, m)', () => {
    const r = run('$$z_{H_1} = (0.1)(0.05) + (0.3)(0.1) + 0.15 = 0.185$$\n\nA ReLU passes it on.\n');
    expect(r.coverage.notJudged.filter((n) => /measurement/.test(n.reason))).toEqual([]);
  });
});


// Rounding carried through numbers the document printed before: a number printed right for a quantity (exactly or by
// rounding carried into it) stands for that quantity when a later line uses it, and only then.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const verdicts = (doc: string): string[] => verifyDocument(doc, mazur, { format: 'md' }).claims.filter((c) => c.kind === 'value').map((c) => `${c.line} ${c.printed} ${c.verdict}`);

describe('a number printed right earlier, used in a later line', () => {
  // ∂E/∂w5 = 0.082167 printed 0.0822; η·0.0822 = 0.04110 (exact 0.041084); w5 − 0.04110 = 0.35890 (exact 0.358916)
  const working = ['$$\\frac{\\partial E_{total}}{\\partial w_5} = 0.0822$$', '', '$$\\Delta w_5 = 0.5 \\cdot 0.0822 = 0.04110$$', ''];

  it('carries its rounding into the later line, however far beyond its own last digit', () => {
    const doc = [...working, '$$w_5^{+} = 0.40 - 0.04110 = 0.35890$$', ''].join('\n');
    expect(verdicts(doc)).toEqual(['1 0.0822 exact', '3 0.04110 rounding-propagation', '5 0.35890 rounding-propagation']);
  });

  it('settles an answer printed before its working the same way', () => {
    const doc = ['Answer: $$w_5^{+} = 0.35890$$', '', ...working, '$$w_5^{+} = 0.40 - 0.04110 = 0.35890$$', ''].join('\n');
    expect(verdicts(doc)[0]).toBe('1 0.35890 rounding-propagation');
  });

  it('is no excuse where the quantity it was printed for does not belong (Δw_5 in w_6\'s update)', () => {
    const doc = [...working, '$$w_6^{+} = 0.45 - 0.04110 = 0.40890$$', ''].join('\n');
    expect(verdicts(doc)[2]).toBe('5 0.40890 erratum');
  });
});

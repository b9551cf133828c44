// An en dash typed for a minus in a sum of numbers signs the number after it, so the sum still names its unit.
// Network: test/verify/public/postnet-softmax.yaml (w2 = -0.3; the first hidden sum is -0.3, its sigmoid 0.4256).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/postnet-softmax.yaml'));
const verdicts = (dash: string, out: string): string[] => {
  const doc = `First unit:\n\n$$s = 0.2(1) ${dash} 0.3(2) + 0.4(-1) + 0.5 = -0.3$$\n\n$$h = \\sigma(s) \\approx ${out}$$\n`;
  return verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.kind} ${c.printed} ${c.verdict}`);
};

describe('a sum of numbers written with an en dash for the minus', () => {
  it('names the unit as the hyphen does, so its output is judged', () => {
    expect(verdicts('–', '0.426')).toEqual(verdicts('-', '0.426'));
    expect(verdicts('–', '0.426')).toContain('value 0.426 exact');
  });

  it('finds a wrong output after it', () => {
    expect(verdicts('–', '0.462')).toContain('value 0.462 erratum');
  });
});

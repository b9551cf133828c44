// An exam sheet's answer printed before its working, and a Δw whose sign the page's own update fixes. Network and
// numbers: Q1 of the exam-revision sheet in test/verify/public/exam-qa.md (one sigmoid unit, x = (1, 2), w = (0.1, 0.2),
// t = 1, η = 0.5; recomputed there: δ = 0.0887235, η δ x_1 = 0.0443618).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/exam-qa-q1.yaml'));
const verdicts = (doc: string): string[] => verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.kind === 'value').map((c) => `${c.line} ${c.printed} ${c.verdict}`);

const working = String.raw`$$\delta=(1-0.6225)(0.6225)(1-0.6225)=0.0887$$

$$\Delta w_1=0.5(0.0887)(1)=0.04435$$

$$w_1(new)=0.1+0.04435=0.14435$$`;

describe('an answer printed before its working', () => {
  it('takes the verdict of the same number after its working (δ rounded to 0.0887 on the way)', () => {
    expect(verdicts(`Answer: $$w_1(new)=0.14435$$\n\n${working}`)).toEqual([
      // δ alone is the one unit's δ, in the page's sign (t − y): its 0.0887 is read too
      '1 0.14435 rounding-propagation', '3 0.0887 exact', '5 0.04435 rounding-propagation', '7 0.14435 rounding-propagation',
    ]);
  });

  it('stays an erratum where the working does not give it either', () => {
    expect(verdicts(`Answer: $$w_1(new)=0.14453$$\n\n${working}`)[0]).toBe('1 0.14453 erratum');
  });
});

describe('the sign of Δw', () => {
  it('is the amount added where the page adds it and no printed Δ holds exactly (0.04435 from a rounded δ)', () => {
    expect(verdicts(working).filter((v) => v.startsWith('3 '))).toEqual(['3 0.04435 rounding-propagation']);
    expect(verdicts(working.replace('0.5(0.0887)(1)=0.04435', '0.5(-0.0887)(1)=-0.04435').replace('0.1+0.04435', '0.1-(-0.04435)')).filter((v) => v.startsWith('3 '))).toEqual(['3 -0.04435 rounding-propagation']);
  });
});

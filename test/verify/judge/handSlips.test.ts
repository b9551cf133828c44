// A lecturer's hand-worked slides on Mazur's 2-2-2 network with the usual slips: a rounded value carried into σ, a
// wrong subscript, a sign slip in an update, each reported once, where it is, with what follows from it.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const report = (doc: string) => verifyDocument(doc, mazur, { format: 'md' });
const errata = (doc: string): string[] => report(doc).claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.kind} ${c.printed}`);

describe('hand-worked slides with slips', () => {
  it('takes σ of a carried, rounded net input as rounding: σ(1.1058) = 0.7514 is no wrong substitution', () => {
    // net_o1 = 1.105905967 was printed 1.1058 (the page's rounded operands); σ of it is 0.751345, the network's 0.751365
    expect(errata('$$out_{o1} = \\sigma(1.1058) = 0.7514$$\n')).toEqual([]);
    expect(errata('$$y = \\mathrm{sigmoid}(1.1058) = 0.7514$$\n')).toEqual([]);
    // and a σ of a number far from the net input is still a wrong substitution
    expect(errata('$$out_{o1} = \\sigma(1.2058) = 0.7514$$\n')).toEqual(['1 arithmetic \\sigma(1.2058)']);
  });

  it('names the sibling whose index differs least when a wrong subscript takes another quantity\'s value', () => {
    const doc = '$$\\frac{\\partial E_{total}}{\\partial w_6} = \\frac{\\partial E_{total}}{\\partial out_{o1}} \\cdot \\frac{\\partial out_{o1}}{\\partial net_{o1}} \\cdot \\frac{\\partial net_{o1}}{\\partial w_6} = 0.7414 \\cdot 0.1868 \\cdot 0.5933 = 0.0822$$\n';
    const slip = report(doc).claims.find((c) => c.verdict === 'erratum' && c.printed === '0.5933');
    expect(slip?.detail).toContain('is the value of ∂net_o1/∂w5');
  });

  it('does not carry a number printed wrong for one quantity into a line where it stands for another it is right for', () => {
    // 0.0822 is wrong for ∂E/∂w6 (0.0827) but right for ∂E/∂w5 (0.08217); the update's own sign is the slip there
    const doc = [
      '$$\\frac{\\partial E_{total}}{\\partial w_6} = 0.7414 \\cdot 0.1868 \\cdot 0.5933 = 0.0822$$',
      '',
      '$$w_5^{+} = w_5 + \\eta \\cdot \\frac{\\partial E_{total}}{\\partial w_5} = 0.4 + 0.5 \\cdot 0.0822 = 0.4411$$',
      '',
    ].join('\n');
    const claims = report(doc).claims;
    const value = claims.find((c) => c.line === 3 && c.kind === 'value' && c.printed === '0.4411');
    const formula = claims.find((c) => c.line === 3 && c.kind === 'formula');
    expect(formula?.verdict).toBe('erratum');
    expect(value?.verdict).toBe('erratum');
    expect(value?.causedBy).toBe(formula?.id);
  });
});

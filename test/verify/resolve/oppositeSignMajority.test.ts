// Rule opposite-sign reads a page's derivatives as minus the network's only where that reading makes its statements hold more often than not: one sign-slipped value among wrong ones is no convention.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// z = w1 x1 + w2 x2 = 2.5; E = 1/2 (z - y)^2 with y = 2: ∂E/∂w1 = 0.5, ∂E/∂w2 = 1
const net = derive(parseNetwork(`
inputs: { x1: 1, x2: 2 }
targets: { y: 2 }
parameters: { w1: 0.5, w2: 1 }
graph:
  z: w1 * x1 + w2 * x2
  E: 1/2 * (z - y)^2
output: E
`, 'one-sum.yaml'));

const verdicts = (doc: string): string[] => verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.printed} ${c.verdict}`);

describe('the opposite sign as a convention', () => {
  it('keeps the network\'s sign where the opposite one would make one statement of three hold', () => {
    const doc = 'Gradients:\n\n$\\frac{\\partial E}{\\partial w_1} = -0.5$\n\n$\\frac{\\partial E}{\\partial w_2} = 3$\n\n$\\frac{\\partial E}{\\partial w_2} = 2.5$\n';
    expect(verdicts(doc)).toEqual(['-0.5 erratum', '3 erratum', '2.5 erratum']);
  });

  it('still reads a page whose every statement holds with the opposite sign in that convention', () => {
    const doc = 'Gradients:\n\n$\\frac{\\partial E}{\\partial w_1} = -0.5$\n\n$\\frac{\\partial E}{\\partial w_2} = -1$\n';
    expect(verdicts(doc).every((v) => !v.endsWith('erratum'))).toBe(true);
  });
});

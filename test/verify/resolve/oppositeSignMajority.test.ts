// Rule opposite-sign reads a page's δs as minus the network's where that makes more of its statements hold; a derivative the page writes as one (∂E/∂w_1, or a code name it defines as ∂E/∂w_i) is never read as minus itself, so one sign-slipped value among wrong ones stays an erratum.
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

  it('reads an explicit derivative with the opposite sign as an erratum, every one of them', () => {
    const doc = 'Gradients:\n\n$\\frac{\\partial E}{\\partial w_1} = -0.5$\n\n$\\frac{\\partial E}{\\partial w_2} = -1$\n';
    expect(verdicts(doc)).toEqual(['-0.5 erratum', '-1 erratum']);
  });

  it('still reads a page\'s δ = (t − o) o (1 − o) in that convention', () => {
    const unit = derive(parseNetwork(`
inputs: { x: 1 }
targets: { o1: 1 }
parameters: { w: 0 }
layers:
  - activation: sigmoid
    neurons:
      o1: { weights: { w: x } }
`, 'one-unit.yaml'));
    const doc = 'The error signal:\n\n$\\delta_{o1} = (t - o) o (1 - o) = (1 - 0.5)(0.5)(1 - 0.5) = 0.125$\n';
    expect(verifyDocument(doc, unit, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
  });
});

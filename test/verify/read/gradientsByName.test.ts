// A sentence that names the gradients and gives "<number> for <name>" states the gradient of the network's output on that name.
// Network: test/verify/public/cs231n-neuron.yaml (a sigmoid neuron; its gradient on x0 is 0.39, on x1 -0.59).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/cs231n-neuron.yaml'));
const prose = (doc: string): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.kind === 'prose').map((c) => `${c.printed} ${c.verdict}`);

describe('gradients in prose, by the name they are on', () => {
  it('judges each number against the gradient on its name', () => {
    expect(prose('Going back, the gradients come out as 0.39 for x0 and -0.59 for x1.')).toEqual(['0.39 exact', '-0.59 exact']);
    expect(prose('Going back, the gradients come out as 0.39 for x0 and -0.95 for x1.')).toEqual(['0.39 exact', '-0.95 erratum']);
  });

  it('reads a name written as math', () => {
    expect(prose('Its gradient is -0.95 on $x_1$.')).toEqual(['-0.95 erratum']);
  });

  it('leaves alone local gradients, steps, and numbers before the word gradient', () => {
    expect(prose('The local gradient is 0.20 for x0.')).toEqual([]);
    expect(prose('After the step the gradient is 0.12 for x0.')).toEqual([]);
    expect(prose('A value of 0.12 for x0 gives a gradient.')).toEqual([]);
    expect(prose('The gradients are 0.5 for the first input.')).toEqual([]);
  });
});

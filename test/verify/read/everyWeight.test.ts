// A sentence that gives every weight one value ("every weight 0.5") is judged against the network's weights where they share one value, and not where they differ or the sentence speaks of a step or supposes.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const network = (w2: number) => derive(parseNetwork(`
notation: plain
inputs: { x: 1 }
parameters: { w1: 0.5, w2: ${w2} }
graph:
  h: 1 / (1 + exp(-(x * w1)))
  y: h * w2
output_gradient: { y: 1 }
`, 'chain.yaml'));

const same = network(0.5);
const prose = (doc: string, net = same): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.kind === 'prose').map((c) => `${c.printed} ${c.verdict}`);

describe('one value for every weight in the prose', () => {
  it('judges it where every weight has that value', () => {
    expect(prose('The numbers: every weight 0.5, input 1.')).toEqual(['0.5 exact']);
    expect(prose('Here all weights are 0.05 and the input is 1.')).toEqual(['0.05 erratum']);
    expect(prose('All the weights are initialized to 0.5 and the input is 1.')).toEqual(['0.5 exact']);
    expect(prose('Each weight: 0.5.')).toEqual(['0.5 exact']);
  });

  it('says nothing where the weights differ', () => {
    expect(prose('The numbers: every weight 0.5, input 1.', network(-0.3))).toEqual([]);
  });

  it('says nothing of a sentence about a step or one that supposes', () => {
    expect(prose('After the step every weight is 0.45.')).toEqual([]);
    expect(prose('If every weight were 0.1, the output would change.')).toEqual([]);
  });
});

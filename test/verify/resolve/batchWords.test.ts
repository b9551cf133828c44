// A batch's matrices named by words (hidden_net, hidden_out, outer_net, output_out, inputs) are read entry by entry, rows or columns the examples as the printed values say; only in a batch, and the hidden words only with one hidden layer.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// two examples (1, 0) and (0, 1) through a 2-2-1 ReLU network: nets e1 (0.6, 0.3), e2 (−0.1, 0.4); outputs e1 (0.6,
// 0.3), e2 (0, 0.4); the output's net v·h + c: e1 0.6 − 0.3 + 0.2 = 0.5, e2 0 − 0.4 + 0.2 = −0.2, its ReLU 0.5 and 0
const layers = `
  - activation: relu
    neurons:
      h1: { weights: { w11: x1, w21: x2 }, bias: b1 }
      h2: { weights: { w12: x1, w22: x2 }, bias: b2 }
  - activation: relu
    neurons:
      y: { weights: { v1: h1, v2: h2 }, bias: c }
loss: half-sse
learning_rate: 0.1
`;
const batch = derive(parseNetwork(`
notation: plain
inputs: {}
examples:
  - { inputs: { x1: 1, x2: 0 }, targets: { y: 1 } }
  - { inputs: { x1: 0, x2: 1 }, targets: { y: 0 } }
batch: sum
parameters: { w11: 0.5, w21: -0.2, b1: 0.1, w12: 0.3, w22: 0.4, b2: 0, v1: 1, v2: -1, c: 0.2 }
layers:${layers}`, 'batch.yaml'));
const single = derive(parseNetwork(`
notation: plain
inputs: { x1: 1, x2: 0 }
targets: { y: 1 }
parameters: { w11: 0.5, w21: -0.2, b1: 0.1, w12: 0.3, w22: 0.4, b2: 0, v1: 1, v2: -1, c: 0.2 }
layers:${layers}`, 'single.yaml'));

const verdicts = (doc: string, net = batch): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.kind === 'value').map((c) => `${c.printed} ${c.verdict}`);

/** R Markdown's way: one pattern per row, \text{hidden}_{\text{net}} and \text{outer}_{\text{out}}. */
const rows = (h22: string): string => [
  `$$\\text{hidden}_{\\text{net}} = \\begin{bmatrix}0.6&0.3\\\\-0.1&${h22}\\end{bmatrix}$$`, '',
  '$$\\text{hidden}_{\\text{out}} = \\begin{bmatrix}0.6&0.3\\\\0&0.4\\end{bmatrix}$$', '',
  '$$\\text{outer}_{\\text{net}} = \\begin{bmatrix}0.5\\\\-0.2\\end{bmatrix}$$', '',
].join('\n');

describe('word-named batch matrices', () => {
  it('judges every entry of a page that puts one example per row, with no erratum on the right page', () => {
    const v = verdicts(rows('0.4'));
    expect(v).toHaveLength(10);
    expect(v.every((x) => x.endsWith('exact'))).toBe(true);
  });

  it('finds a wrong entry', () => {
    expect(verdicts(rows('0.04')).filter((x) => !x.endsWith('exact'))).toEqual(['0.04 erratum']);
  });

  it('reads a program\'s printed values with one example per column (hidden_in, output_out)', () => {
    const page = '```\nhidden_in = [[0.6, -0.1], [0.3, 0.4]]\noutput_out = [0.5, 0]\n```\n';
    expect(verdicts(page)).toEqual(['0.6 exact', '-0.1 exact', '0.3 exact', '0.4 exact', '0.5 exact', '0 exact']);
  });

  it('binds nothing for one example: the words are a vector there, not a batch', () => {
    expect(verdicts('$$\\text{hidden}_{\\text{net}} = \\begin{bmatrix}0.6&0.3\\\\-0.1&0.4\\end{bmatrix}$$\n', single).filter((x) => !x.endsWith('unresolved'))).toEqual([]);
  });
});

// Rows of numbers under labels that name their family (the weights, the updated weights, each weight's gradient, the loss) are read entry by entry, in the order under which the printed weights hold.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// a 2-2-2 sigmoid network without biases, half squared error, η = 1 (test/verify/public/zh-round2.yaml); recomputed
// in Python: loss 0.20971; gradients w1…w8 −0.0084 0.0126 −0.0051 0.0076 0.0346 0.0839 0.0305 0.0738; after the
// step 0.2084 −0.4126 0.5051 0.5924 0.0654 −0.5839 −0.3305 0.7262
const net = derive(loadNetwork('test/verify/public/zh-round2.yaml'));

const verdicts = (doc: string): string[] => verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.line} ${c.printed} ${c.verdict}`);

const page = (labels: { before: string; grads: string; after: string; loss: string }, after = '0.2084 -0.4126 0.5051 0.5924 0.0654 -0.5839 -0.3305 0.7262'): string => `# One step, printed

${labels.loss}
0.2097

${labels.before}
0.2 -0.4 0.5 0.6 0.1 -0.5 -0.3 0.8

${labels.grads}
-0.0084 0.0126 -0.0051 0.0076 0.0346 0.0839 0.0305 0.0738

${labels.after}
${after}
`;

const english = { loss: 'Loss:', before: 'Weights:', grads: 'Gradient of each weight:', after: 'Updated weights:' };
const chinese = { loss: '=损失=', before: '=更新前的权值=', grads: '=误差传给每个权值=', after: '=更新后的权值=' };

describe('rows under labels that name their family', () => {
  it.each([['English', english], ['Chinese', chinese]])('reads every row of a page labelled in %s', (_language, labels) => {
    const out = verdicts(page(labels));
    expect(out).toHaveLength(25);
    expect(out.filter((v) => !v.endsWith('exact'))).toEqual([]);
  });

  it('finds a wrong updated weight on its line and in its place', () => {
    expect(verdicts(page(english, '0.2084 -0.4126 0.5051 0.5924 0.0654 -0.5839 0.3305 0.7262')).filter((v) => v.endsWith('erratum'))).toEqual(['13 0.3305 erratum']);
  });

  it('reads no weights where the row lists fewer entries than the network has weights', () => {
    const short = 'Weights:\n0.2 -0.4 0.5 0.6\n\nUpdated weights:\n0.2084 -0.4126 0.5051 0.5924\n';
    expect(verdicts(short).filter((v) => !v.endsWith('unresolved'))).toEqual([]);
  });

  it('reads no weights where no order makes the printed weights hold', () => {
    const other = 'Weights:\n0.7 0.1 -0.2 0.3 0.9 -0.6 0.4 0.5\n\nUpdated weights:\n0.2084 -0.4126 0.5051 0.5924 0.0654 -0.5839 0.3305 0.7262\n';
    expect(verdicts(other).filter((v) => v.endsWith('erratum'))).toEqual([]);
  });

  it('leaves a label that mixes the loss with the update alone', () => {
    expect(verdicts('Loss after the update:\n0.15\n').filter((v) => !v.endsWith('unresolved'))).toEqual([]);
  });
});

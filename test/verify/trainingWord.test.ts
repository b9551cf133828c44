// Rule training-word: a code block's initial_/final_ weights and bias, its epochs and its list of losses, judged entry by entry against a replay of training.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

// one sigmoid unit, two examples, batch mean, η = 0.5: w = (0.5, −0.5), b = 0.1 before training
const unit = derive(loadNetwork('fixtures/batch-2-1.yaml'));

const page = (output: string): string => `# Training one unit

\`\`\`
input: initial_weights = [0.5, -0.5], initial_bias = 0.1, learning_rate = 0.5, epochs = 3
output: ${output}
\`\`\`
`;

const verdicts = (md: string): string[] =>
  verifyDocument(md, unit, { format: 'md' }).claims.filter((c) => c.line === 5).map((c) => `${c.printed} ${c.verdict}`);

describe('the words code gives a training run', () => {
  it('reads the weights and bias before and after the epochs, and the loss of each epoch before its update', () => {
    expect(verdicts(page('final_weights = [0.5599, -0.5707], final_bias = 0.0892, losses = [0.0717, 0.0697, 0.0677]'))).toEqual([
      '0.5599 exact', '-0.5707 exact', '0.0892 exact', '0.0717 exact', '0.0697 exact', '0.0677 exact',
    ]);
    const before = verifyDocument(page('final_bias = 0.0892'), unit, { format: 'md' }).claims.filter((c) => c.line === 4);
    expect(before.map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.5 exact', '-0.5 exact', '0.1 exact', '0.5 exact', '3 unresolved']);
    expect(before.at(-1)?.detail).toContain('the number of rounds the page trains for (3)');
  });

  it('takes a loss history measured after each update where the printed values say so', () => {
    expect(verdicts(page('loss_history = [0.0697, 0.0677, 0.0659]'))).toEqual(['0.0697 exact', '0.0677 exact', '0.0659 exact']);
  });

  it("reads a features matrix as the examples' inputs, a row each, only where every entry is the network's", () => {
    const inputs = (rows: string): string[] => verifyDocument(`\`\`\`\ninput: features = ${rows}, labels = [1, 0]\n\`\`\`\n`, unit, { format: 'md' }).claims.map((c) => `${c.printed} ${c.verdict}`);
    expect(inputs('[[1, 0], [0, 1]]')).toEqual(['1 exact', '0 exact', '0 exact', '1 exact', '1 exact', '0 exact']);
    expect(inputs('[[2, 0], [0, 1]]').slice(0, 4)).toEqual(['2 unresolved', '0 unresolved', '0 unresolved', '1 unresolved']);
  });

  it('finds weights printed after another number of epochs on their line', () => {
    expect(verdicts(page('updated_weights = [0.5402, -0.5477], updated_bias = 0.0892'))).toEqual(['0.5402 erratum', '-0.5477 erratum', '0.0892 exact']);
  });
});

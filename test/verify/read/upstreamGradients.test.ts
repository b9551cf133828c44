// A page whose program is handed the upstream gradient as `dout` names by dx, dscale the loss's gradients by its own x and scale; without dout, a d-name in code stays unread.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// y_k = scale_k · x_k, L = y_1 + y_2: ∂L/∂scale = x = (2, 5), ∂L/∂x = scale = (3, 1)
const net = derive(parseNetwork(`
inputs: { x_1: 2, x_2: 5 }
parameters: { scale_1: 3, scale_2: 1 }
graph:
  y_1: scale_1 * x_1
  y_2: scale_2 * x_2
  L: y_1 + y_2
output: L
`, 'scale.yaml'));

const verdicts = (doc: string): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.verdict !== 'unresolved').map((c) => `${c.printed} ${c.verdict}`);

/** A problem page: the program's inputs, then its expected output in a plain block. */
const page = (code: string, output: string): string => `**Input:**\n\`\`\`python\n${code}\n\`\`\`\n\n**Output:**\n\`\`\`\n${output}\n\`\`\`\n`;
const inputs = 'x = np.array([2.0, 5.0])\nscale = np.array([3.0, 1.0])';

describe('gradients named after the upstream dout', () => {
  it('judges dscale and dx as the loss\'s gradients, and finds a value of another quantity', () => {
    expect(verdicts(page(`${inputs}\ndout = np.ones(2)`, 'dscale = [2, 5]\ndx ≈ [3, 1]'))).toEqual(['2 exact', '5 exact', '3 exact', '1 exact']);
    expect(verdicts(page(`${inputs}\ndout = np.ones(2)`, 'dscale = [3, 1]'))).toEqual(['3 erratum', '1 erratum']);
  });

  it('reads no d-name where the program is handed no dout, nor one of a name it never assigns', () => {
    expect(verdicts(page(inputs, 'dscale = [3, 1]'))).toEqual([]);
    expect(verdicts(page(`${inputs}\ndout = np.ones(2)`, 'dw = [3, 1]'))).toEqual([]);
  });
});

// A net input worked out without its bias: its numbers still meet the weights and outputs they stand for, a weight
// substituted from another path is found where it is written, and the sum without the bias is never passed as rounding.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

/** net_o1 = w5 out_h1 + w6 out_h2 + b2 written without b2, the first weight as given; the next line works the products out. */
const page = (w5: string): string =>
  `# Output unit\n\nIts net input, bias forgotten:\n\n$$net_{o1} = (${w5})(0.5933) + (0.45)(0.5969)$$\n\n$$= 0.2373 + 0.2686 = 0.5059$$\n`;

const claims = (w5: string): string[] =>
  verifyDocument(page(w5), mazur, { format: 'md' }).claims.map((c) => `${c.line} ${c.kind} ${c.printed} ${c.verdict}${c.slip ? ` ${c.slip}` : ''}`);

describe('a net input without its bias', () => {
  it('judges each number written for a weight or an output, and calls the sum without the bias wrong', () => {
    const all = claims('0.40');
    expect(all.filter((c) => c.startsWith('5 operand'))).toEqual(['5 operand 0.40 exact', '5 operand 0.5933 exact', '5 operand 0.45 exact', '5 operand 0.5969 exact']);
    expect(all).toContain('7 value 0.5059 erratum missing-term');
  });

  it('finds the weight of another path on its own line, and takes the product worked from the right weight for right', () => {
    const all = claims('0.45');
    expect(all.filter((c) => c.includes('erratum') && !c.startsWith('7 value'))).toEqual(['5 operand 0.45 erratum swapped-index']);
    expect(all.filter((c) => c.includes('0.2373'))).toEqual([]);
    expect(all.find((c) => c.startsWith('7 value 0.5059'))).toContain('erratum');
  });
});

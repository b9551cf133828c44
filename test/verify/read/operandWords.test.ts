// Words in \text{} where an operand must stand (w − \text{learning rate} × \text{gradient}) are a name, not a sentence
// between two statements: split there, "… for w_7 = −0.5 · (−0.022603) = 0.011301" was read as a statement about w_7
// (a false erratum), and the numbers after the words were not judged.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const page = [
  '$$w_5^{+} = w_5 - \\text{learning rate} \\times \\text{gradient} = 0.4 - 0.5 \\times 0.082167 = 0.358916$$',
  '$$\\Delta w_7 = -\\eta \\cdot \\text{the gradient for } w_7 = -0.5 \\cdot (-0.022603) = 0.011301$$',
].join('\n\n');

describe('words where an operand must stand', () => {
  it('are a name (the learning rate spelt out is η), and the numbers after them are judged', () => {
    const r = verifyDocument(page, mazur, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
    expect(r.names.find((n) => n.name === 'learningrate')?.quantity).toBe('eta');
    expect(r.coverage.numbers.judged).toBeGreaterThanOrEqual(5);
  });

  it('leave a slip in the numbers after them found', () => {
    const r = verifyDocument(page.replace('= 0.358916', '= 0.385916'), mazur, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.printed} ${c.slip}`)).toEqual(['1 0.385916 transposed-digits']);
  });
});

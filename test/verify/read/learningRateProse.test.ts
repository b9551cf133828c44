// The learning rate stated in prose ("with a learning rate of 0.5") is compared with the network's η; a sentence that
// supposes or compares another rate is not.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const prose = (doc: string) => verifyDocument(doc, mazur, { format: 'md' }).claims.filter((c) => c.kind === 'prose').map((c) => `${c.printed} ${c.verdict}${c.slip ? ` ${c.slip}` : ''}`);

describe('the learning rate in prose', () => {
  it('judges the rate a sentence states against η (0.5 for Mazur)', () => {
    expect(prose('We train with a learning rate of 0.5.\n')).toEqual(['0.5 exact']);
    expect(prose('The learning rate is 0.05 here.\n')).toEqual(['0.05 erratum wrong-learning-rate']);
  });

  it('leaves a rate that is supposed or compared alone', () => {
    expect(prose('A learning rate of 0.1 would be too slow.\nTypical learning rates are between 0.001 and 0.1.\n')).toEqual([]);
  });
});

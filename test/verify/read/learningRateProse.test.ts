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

describe('the learning rate by its customary names', () => {
  const values = (doc: string) => verifyDocument(doc, mazur, { format: 'md' }).claims.map((c) => `${c.subject} ${c.printed} ${c.verdict}`);

  it.each([
    ['$$lr=0.5$$', 'lr 0.5 exact'],
    ['$$LR = 0.05$$', 'LR 0.05 erratum'],
    ['$$\\alpha = 0.5$$', '\\alpha 0.5 exact'],
    ['$$learningrate = 0.5$$', 'learningrate 0.5 exact'],
  ])('reads %s as η (0.5 for Mazur), not as a product of letters', (doc, expected) => {
    expect(values(`${doc}\n`)).toEqual([expected]);
  });

  it('substitutes lr in an update', () => {
    expect(values('$$w_5^+ = w_5 - lr \\cdot 0.082167041 = 0.35891648$$\n').at(-1)).toBe('w_5^+ 0.35891648 exact');
  });
});

// The numbers in an \underbrace's note are statements judged like any other (they were once dropped unseen, so a wrong one passed).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { braceNotes } from '../../../src/verify/read/braceNotes.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

describe('\\underbrace notes', () => {
  it('reads a number under an expression, a relation, and a name under a number; never words', () => {
    const latex = '\\underbrace{\\frac{a}{b}}_{0.74} + \\underbrace{x^2}_{E_1 = 0.27} + \\underbrace{0.5}_{\\eta} + \\underbrace{q}_{\\text{step 1}}';
    expect(braceNotes(latex).map((n) => n.latex)).toEqual(['\\frac{a}{b} = 0.74', 'E_1 = 0.27', '\\eta = 0.5']);
    for (const n of braceNotes(latex)) expect(n.at).toHaveLength(n.latex.length + 1);
  });

  it('finds a wrong number in a note, on the note\'s line', () => {
    const doc = (note: string): string[] => verifyDocument(`$$\\frac{\\partial E_{total}}{\\partial w_5} = \\underbrace{0.741365}_{\\partial E_{total}/\\partial out_{o1}}\n\\cdot \\underbrace{\\frac{\\partial out_{o1}}{\\partial net_{o1}}}_{${note}} \\cdot 0.593270 = 0.082167$$\n`, mazur, { format: 'md' })
      .claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.printed}`);
    expect(doc('0.186816')).toEqual([]);
    expect(doc('0.168816')).toEqual(['2 0.168816']);
  });
});

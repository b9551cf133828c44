// A \begin{cases} whose rows carry no condition is a list of equations, read row by row; a real case split is read
// as the branch its condition picks.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { extractEquations } from '../../../src/verify/read/extractEquations.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const latexOf = (doc: string): string[] => extractEquations(doc, { format: 'md' }).equations.map((e) => e.latex.replace(/\s+/g, ' '));
const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

describe('cases as a list of equations', () => {
  it.each<[string, string, string[]]>([
    ['rows without &', '$$\\begin{cases} a = 1 \\\\ b = 2 \\end{cases}$$', ['a = 1', 'b = 2']],
    ['rows with an empty & and a trailing \\\\', '$$\\begin{cases} a = 1 & \\\\ b = 2 &\\quad \\\\ \\end{cases}.$$', ['a = 1', 'b = 2']],
    ['a list after an earlier row', '$$c = 3 \\\\ \\begin{cases} a = 1 \\\\ b = 2 \\end{cases}$$', ['c = 3', 'a = 1', 'b = 2']],
  ])('splits %s', (_label, doc, expected) => {
    expect(latexOf(doc)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a condition after &', '$$f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$$'],
    ['a name before the cases', '$$f = \\begin{cases} a = 1 \\\\ b = 2 \\end{cases}$$'],
    ['rows that are values, not equations', '$$\\begin{cases} 1 \\\\ 0 \\end{cases}$$'],
    ['a condition even on one row', '$$\\begin{cases} a = 1 \\\\ b = 2 & b > 0 \\end{cases}$$'],
  ])('keeps a real case split whole: %s', (_label, doc) => {
    expect(latexOf(doc)).toHaveLength(1);
  });

  it('judges each row of a listed cases against the network, and finds a slip in it', () => {
    const doc = ['$$', '\\begin{cases}', 'net_{h1} = w_1 i_1 + w_2 i_2 + b_1 = 0.3775 \\\\', 'out_{h1} = \\frac{1}{1+e^{-0.3775}} = 0.5933', '\\end{cases}', '$$', '',
      '$$\\begin{cases} net_{h2} = 0.3952 \\\\ out_{h2} = 0.596884378 \\end{cases}$$', ''].join('\n');
    const claims = verifyDocument(doc, mazur, { format: 'md' }).claims.filter((c) => c.kind === 'value');
    expect(claims.map((c) => `${c.line} ${c.printed} ${c.verdict}`)).toEqual(['3 0.3775 exact', '4 0.5933 exact', '8 0.3952 erratum', '8 0.596884378 exact']);
  });

  it('reads a real case split as the branch the network\'s values pick (net_h1 > 0 here), and judges that branch', () => {
    const doc = '$$out_{h1} = \\begin{cases} \\frac{1}{1 + e^{-net_{h1}}} & net_{h1} > 0 \\\\ 0 & \\text{otherwise} \\end{cases} = 0.5933$$\n';
    const result = verifyDocument(doc, mazur, { format: 'md' });
    expect(result.skipped).toEqual([]);
    expect(result.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.verdict} ${c.printed}`)).toEqual([]);
    const wrong = verifyDocument(doc.replace('0.5933', '0.5393'), mazur, { format: 'md' });
    expect(wrong.claims.filter((c) => c.verdict === 'erratum').length).toBeGreaterThan(0);
  });
});

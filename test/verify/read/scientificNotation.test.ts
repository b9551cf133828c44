// A number in scientific notation is skipped with the construct named, never read as a product with Euler's e or as
// its mantissa alone (5.9327\text{E-}01 was a false "decimal shift" erratum); a colour like #F7E64D is no such number.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const reason = (latex: string): string | undefined => {
  const p = parseLatexMath(latex);
  return p.skipped ? p.reason : undefined;
};

describe('scientific notation', () => {
  it.each(['out_{h1} = 5.9327e-01', 'g = 4.3857E-4', 'g = 4.3857\\mathrm{e}{-4}', 'out_{h1} = 5.9327\\text{E-}01', 'g = 8.2e+2'])('skips %s, naming the construct', (latex) => {
    expect(reason(latex)).toMatch(/^a number in scientific notation/);
  });

  it.each(['a = \\frac{1}{1 + e^{-0.72}}', 'y = 0.5e^{-0.5}', 'a = \\textcolor{#F7E64D}{0.72}', 'w_{1e2} = 0.5'])('reads %s as before', (latex) => {
    expect(reason(latex)).toBeUndefined();
  });

  it('lists the number in coverage, with no erratum', () => {
    const r = verifyDocument('$$out_{h1} = 5.9327\\text{E-}01$$\n\n$$out_{h2} = 0.596884$$\n', mazur, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
    expect(r.coverage.notJudged.map((n) => [n.count, n.reason])).toEqual([[1, 'in an equation that could not be read (a number in scientific notation (4.3857e-4, 5.9\\text{E-}01) is not read yet)']]);
  });
});

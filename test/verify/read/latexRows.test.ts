// LaTeX rows as articles write them: eqnarray's a & = & b, \intertext between align rows, and the braced decimal comma 0{,}5.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { splitMathRows } from '../../../src/verify/read/splitMathRows.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const rows = (body: string): string[] => splitMathRows(body).map((e) => e.latex.replace(/\s+/g, ' '));
const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

describe('rows of LaTeX displays', () => {
  it("joins eqnarray's three columns, and its & = & continuation rows to the row above", () => {
    expect(rows('net_{h1} & = & w_1 i_1 + b_1 \\nonumber \\\\ & = & 0.15 \\times 0.05 + 0.35 = 0.3575')).toEqual(['net_{h1} = w_1 i_1 + b_1 \\nonumber = 0.15 \\times 0.05 + 0.35 = 0.3575']);
    // align's own cells are paired as before
    expect(rows('a &= 1 & b &= 2')).toEqual(['a = 1', 'b = 2']);
  });

  it('reads \\intertext between rows as a break, its words no part of either row', () => {
    expect(rows('E_1 &= 0.27 \\\\ \\intertext{and for the second output} E_2 &= 0.02')).toEqual(['E_1 = 0.27', 'E_2 = 0.02']);
  });

  it('reads 0{,}5 as the number 0.5, and a bare comma still as a separator', () => {
    const [chain] = parseLatexMath('x = 0{,}25 + 1{,}5 = 1{,}75').chains;
    expect(chain!.sides.flatMap((s) => s.numbers.map((n) => n.value))).toEqual([0.25, 1.5, 1.75]);
    expect(parseLatexMath('x = 1, 2').chains[0]!.sides.flatMap((s) => s.numbers.map((n) => n.value))).not.toContain(1.2);
  });

  it('checks an article written with them: every number judged, none wrong', () => {
    const tex = [
      '\\begin{eqnarray}',
      'net_{h1} & = & w_1 i_1 + w_2 i_2 + b_1 \\nonumber \\\\',
      ' & = & 0.15 \\times 0.05 + 0.2 \\times 0.1 + 0.35 = 0.3775',
      '\\end{eqnarray}',
      '\\begin{align}',
      'E_{o1} &= \\tfrac12 (0{,}01 - 0{,}75136507)^2 = 0{,}274811083 \\\\',
      '\\intertext{and for the second output}',
      'E_{o2} &= \\frac{1}{2}\\left(0.99 - 0.772928465\\right)^{2} = 0.023560026',
      '\\end{align}',
    ].join('\n');
    const report = verifyDocument(tex, mazur, { format: 'tex' });
    expect(report.skipped).toEqual([]);
    expect(report.claims.filter((c) => c.verdict !== 'exact')).toEqual([]);
    expect(report.coverage.numbers.judged).toBe(report.coverage.numbers.seen);
  });
});

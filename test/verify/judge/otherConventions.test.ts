// A formula offered for another sign convention (announced in the sentence before it) is set aside, not an erratum; without the announcement, or wrong otherwise, it stays one.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('test/verify/public/rst-mazur.yaml'));
const md = (doc: string) => verifyDocument(doc, mazur, { format: 'md' });
const tex = (doc: string) => verifyDocument(doc, mazur, { format: 'tex' });
const errata = (r: ReturnType<typeof md>) => r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line}:${c.slip ?? ''}`);
const aside = (r: ReturnType<typeof md>) => r.coverage.notJudged.filter((n) => /another sign convention/.test(n.reason)).map((n) => n.first.line);

const own = '$$\\delta_{o1} = \\frac{\\partial E_{total}}{\\partial net_{o1}} = 0.138498562$$\n\n$$\\frac{\\partial E_{total}}{\\partial w_5} = \\delta_{o1} out_{h1}$$\n\n';

describe('formulas for another sign convention', () => {
  it('sets aside a formula that holds with the opposite sign after "some texts write" (Markdown)', () => {
    const r = md(`${own}Some texts write it with the sign flipped:\n\n$$\\frac{\\partial E_{total}}{\\partial w_5} = -\\delta_{o1} out_{h1}$$\n`);
    expect(errata(r)).toEqual([]);
    expect(aside(r)).toEqual([7]);
  });

  it('reads the announcement with inline math in it (LaTeX, "the other convention for $\\delta$")', () => {
    const doc = '\\[\\delta_{o1} = \\frac{\\partial E_{total}}{\\partial net_{o1}} = 0.138498562\\]\nIn the other convention for $\\delta_{o1}$ the gradient reads\n\\[\\frac{\\partial E_{total}}{\\partial w_5} = -\\delta_{o1} out_{h1}\\]\n';
    expect(errata(tex(doc))).toEqual([]);
  });

  it('keeps a sign slip an erratum when no sentence announces another convention', () => {
    const r = md(`${own}So:\n\n$$\\frac{\\partial E_{total}}{\\partial w_5} = -\\delta_{o1} out_{h1}$$\n`);
    expect(errata(r)).toEqual(['7:sign']);
    expect(aside(r)).toEqual([]);
  });

  it('keeps a formula wrong otherwise than by its sign an erratum after the announcement', () => {
    const r = md(`${own}Some texts write it with the sign flipped:\n\n$$\\frac{\\partial E_{total}}{\\partial w_5} = -\\delta_{o1} out_{h2}$$\n`);
    expect(errata(r).length).toBe(1);
    expect(aside(r)).toEqual([]);
  });
});

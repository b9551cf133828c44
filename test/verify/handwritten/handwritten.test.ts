// Hand-written pages in notations the public corpus lacks (reStructuredText, HTML with \( \) and <table>, org mode): every number judged, no erratum, each planted slip on its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { formatOfPath } from '../../../src/verify/read/extractEquations.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// Mazur's 2-2-2 network, one step at η = 0.5; mazur-rst.py recomputes every number of the three pages
const net = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const run = (file: string) => {
  const path = `test/verify/handwritten/${file}`;
  return verifyDocument(readFileSync(path, 'utf8'), net, { format: formatOfPath(path) });
};
const errataLines = (file: string): number[] => [...new Set(run(file).claims.filter((c) => c.verdict === 'erratum').map((c) => c.line))].sort((a, b) => a - b);

const PAGES: { doc: string; slips: string; judged: number; planted: number[] }[] = [
  // :math:`…` roles in prose, .. math:: directives with an option line (:label:)
  { doc: 'mazur-rst.rst', slips: 'mazur-rst-slips.rst', judged: 18, planted: [6, 17, 37] },
  // \( \) and \[ \] in <p>, a name/value <table>, math inside an HTML comment (not rendered, not read)
  { doc: 'mazur-html.html', slips: 'mazur-html-slips.html', judged: 13, planted: [9, 14, 17] },
  // an org table (|---+---| rule), \[ \], a #+begin_src block and its #+RESULTS line (a program: in code)
  { doc: 'mazur-org.org', slips: 'mazur-org-slips.org', judged: 16, planted: [11, 14, 27] },
];

describe('hand-written pages in other notations', () => {
  for (const page of PAGES) {
    it(`${page.doc}: judges its numbers with no erratum`, () => {
      const r = run(page.doc);
      expect(r.counts.erratum).toBe(0);
      expect(r.coverage.numbers.judged).toBeGreaterThanOrEqual(page.judged);
    });

    it(`${page.slips}: finds each planted slip on its line`, () => {
      expect(errataLines(page.slips)).toEqual(page.planted);
    });
  }

  it('leaves the math of an HTML comment unread', () => {
    const r = run('mazur-html.html');
    expect(r.claims.some((c) => c.printed === '0.9')).toBe(false);
    expect(r.skipped).toEqual([]);
  });
});

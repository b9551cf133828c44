// A batch's mean loss, ⅛(E_1 + … + E_8) and wider, wraps inside its parentheses in tex and beamer (html shares texRows); verify reads the rows back.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, verify, verifyOutcome } from '../../src/api.js';
import { breakSide } from '../../src/emit/breakEquation.js';
import { estimateTexWidth } from '../../src/util/texWidth.js';

const TWELVE = 'test/matrix/fixtures/batch-12-2-1.yaml';

describe('the mean over a batch', () => {
  it('breaks a factor times a parenthesized sum inside the parentheses, every row within the budget', () => {
    const terms = Array.from({ length: 8 }, (_, k) => `E_{o1,e${k + 1}}`);
    const rows = breakSide(`\\frac{1}{8}\\left(${terms.join(' + ')}\\right)`, 33.5);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toMatch(/^\\frac\{1\}\{8\}\\Bigl\(E_\{o1,e1\} \+/);
    expect(rows.at(-1)).toMatch(/^\+ .*E_\{o1,e8\}\\Bigr\)$/);
    expect(rows.map((r) => estimateTexWidth(r)).every((w) => w <= 33.5)).toBe(true);
    // what fits stays whole; a sum of one term has nothing to break at
    expect(breakSide('\\frac{1}{8}\\left(E_{1} + E_{2}\\right)', 33.5)).toHaveLength(1);
    expect(breakSide(`\\frac{1}{8}\\left(${'x'.repeat(80)}\\right)`, 33.5)).toHaveLength(1);
  });

  it.each(['tex', 'beamer'] as const)('of 12 examples prints on several rows in %s, and verify judges every number of it', (format) => {
    const doc = derive(loadNetwork(TWELVE));
    const out = emit(doc, format);
    expect(out).toMatch(/\\frac\{1\}\{12\}\\Bigl\(0\.062779727 \+/);
    const report = verify(out, doc, { file: 'twelve.tex' });
    expect(verifyOutcome(report).exitCode).toBe(0);
    const total = report.claims.filter((c) => c.printed === '0.097218717');
    expect(total.length).toBeGreaterThan(0);
    expect(total.every((c) => c.verdict === 'exact')).toBe(true);
  });
});

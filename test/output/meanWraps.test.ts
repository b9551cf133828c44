// Long lines of a batch wrap in tex and beamer (html shares texRows): the mean loss ⅛(E_1 + … + E_8) inside its parentheses, a long product at its \cdot; verify reads the rows back.
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

describe('a long product of factors', () => {
  it('breaks at its top-level \\cdot, each row after the first beginning with \\cdot, and verify reads it back', () => {
    const factors = ['\\frac{1}{8}\\left(-\\left(\\mathit{target}_{o1,e1} - \\mathit{out}_{o1,e1}\\right)\\right)', '\\mathit{out}_{o1,e1}\\left(1 - \\mathit{out}_{o1,e1}\\right)', 'w_{6}', '\\mathit{out}_{h2,e1}\\left(1 - \\mathit{out}_{h2,e1}\\right)'];
    const rows = breakSide(factors.join(' \\cdot '), 30);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((r) => r.startsWith('\\cdot '))).toBe(true);
    const doc = derive(loadNetwork('test/matrix/fixtures/wide-batch-2-2-1.yaml'));
    const tex = emit(doc, 'tex');
    expect(tex).toMatch(/&\\quad \\cdot \\mathit\{out\}_\{h2,e1\}/);
    const report = verify(tex, doc, { file: 'wide.tex' });
    expect(verifyOutcome(report).exitCode).toBe(0);
    expect(report.coverage.numbers.judged).toBe(report.coverage.numbers.seen);
  });
});

describe('a sum of substituted numbers', () => {
  // The width model measures a digit at its printed width and overestimates names and operators; a row of 9-decimal
  // numbers 5.8 ems over its budget ran 14 pt into the margin (pdflatex, a 2-3-1 tanh net over three examples).
  const numbers = '0.7 \\cdot \\left(-0.19737532\\right) + \\left(-0.2 \\cdot 0.379948962\\right) + 0.5 \\cdot 0.244918662 + 0.05';
  const names = 'u_{1} \\cdot \\mathit{out}_{h1,e1} + u_{2} \\cdot \\mathit{out}_{h2,e1} + u_{3} \\cdot \\mathit{out}_{h3,e1} + c_{1}';
  it('4 ems over its budget: breaks at + when half of it is digits, stays whole when it is mostly names', () => {
    const budget = estimateTexWidth(numbers) - 4;
    expect(breakSide(numbers, budget)).toEqual(['0.7 \\cdot \\left(-0.19737532\\right) + \\left(-0.2 \\cdot 0.379948962\\right)', '+ 0.5 \\cdot 0.244918662 + 0.05']);
    expect(breakSide(names, estimateTexWidth(names) - 4)).toEqual([names]);
  });
});

// Round trip over every network in fixtures/: what derive prints as LaTeX, Markdown and plain text, verify confirms claim by claim.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const FIXTURES = readdirSync('fixtures').filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
const CASES = FIXTURES.flatMap((f) => (['tex', 'md', 'txt'] as const).map((format) => [f, format] as const));
/** The reader's name for each emitted format. */
const READ_AS = { tex: 'tex', md: 'md', txt: 'text' } as const;
/** Numbers each fixture's Markdown leaves unjudged, from the first round trip (the Δw check below compares with it). */
const UNJUDGED_MD = new Map<string, number>();

describe('derive → verify round trip of every fixture', () => {
  it.each(CASES)('finds every claim of %s printed as %s exact', (file, format) => {
    const doc = derive(loadNetwork(`fixtures/${file}`));
    const report = verifyDocument(emit(doc, format), doc, { format: READ_AS[format] });
    expect(report.claims.length).toBeGreaterThan(0);
    expect(report.skipped).toEqual([]);
    expect(report.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line}:${c.column} ${c.verdict} ${c.printed} ${c.detail ?? ''}`)).toEqual([]);
    if (format === 'md') UNJUDGED_MD.set(file, report.coverage.numbers.seen - report.coverage.numbers.judged);
    // plain text is read as fully as Markdown: its names (z_1^(2), net_o1_e1, v_(w_11^(3))^(1), CE) are derive's own
    if (format === 'txt') expect(report.coverage.numbers.judged / report.coverage.numbers.seen).toBeGreaterThanOrEqual(0.85);
  });
});

describe('derive --delta-w → verify: the Δw lines are read as the change of each weight', () => {
  it.each(FIXTURES)('judges every number of the Δw lines of %s, all exact', (file) => {
    const doc = derive(loadNetwork(`fixtures/${file}`), { deltaW: true });
    const report = verifyDocument(emit(doc, 'md'), doc, { format: 'md' });
    expect(report.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line}:${c.column} ${c.verdict} ${c.printed} ${c.detail ?? ''}`)).toEqual([]);
    // the few numbers a fixture leaves unjudged without Δw lines (a computed factor substituted whole) stay the only ones
    expect(report.coverage.numbers.seen - report.coverage.numbers.judged).toBe(UNJUDGED_MD.get(file) ?? 0);
  });
});

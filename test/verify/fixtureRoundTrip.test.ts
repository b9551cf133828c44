// Round trip over every network in fixtures/: what derive prints as LaTeX and Markdown, verify confirms claim by claim.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const FIXTURES = readdirSync('fixtures').filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
const CASES = FIXTURES.flatMap((f) => (['tex', 'md'] as const).map((format) => [f, format] as const));

describe('derive → verify round trip of every fixture', () => {
  it.each(CASES)('finds every claim of %s printed as %s exact', (file, format) => {
    const doc = derive(loadNetwork(`fixtures/${file}`));
    const report = verifyDocument(emit(doc, format), doc, { format });
    expect(report.claims.length).toBeGreaterThan(0);
    expect(report.skipped).toEqual([]);
    expect(report.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line}:${c.column} ${c.verdict} ${c.printed} ${c.detail ?? ''}`)).toEqual([]);
  });
});

// A vector printed with more entries than the network's quantity of that name (a dropout example's h beside two hidden
// units) is another h: set aside whole, no entry judged, and no stray "unclosed $$" left where it was masked.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

describe('a vector of another quantity with the same name', () => {
  it('sets h = [0.3, 0.6, 0.77, 0.55] aside beside Mazur\'s two hidden units', () => {
    const r = verifyDocument('$$out_{h1} = 0.593269992$$\n\n## Dropout\n\n$$h = [0.3,\\, 0.6,\\, 0.77,\\, 0.55]$$\n', mazur, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
    expect(r.claims.filter((c) => c.line === 5)).toEqual([]);
    expect(r.coverage.notJudged.map((n) => n.reason)).toContain('h has 4 entries here, 2 of them no quantity of the network: another h');
    expect(r.skipped).toEqual([]);
  });
});

// What counts as an error (a truncation carried into a later wrong number is one; a truncation alone is not) and the
// exit-0 note that says how much of the page was judged.
import { describe, expect, it } from 'vitest';
import { countErrors } from '../../src/verify/errorCount.js';
import { outcomeOf } from '../../src/verify/outcome.js';
import type { VerifyReport } from '../../src/verify/verifyDocument.js';

describe('countErrors', () => {
  it.each([
    ['a truncation carried into a wrong number', [{ id: 0, verdict: 'truncation' }, { id: 1, verdict: 'erratum', causedBy: 0 }], { roots: 1, consequences: 1 }],
    ['a truncation nothing follows from', [{ id: 0, verdict: 'truncation' }, { id: 1, verdict: 'exact' }], { roots: 0, consequences: 0 }],
    ['an erratum and what follows from it', [{ id: 0, verdict: 'erratum' }, { id: 1, verdict: 'erratum', causedBy: 0 }], { roots: 1, consequences: 1 }],
  ])('counts %s', (_, claims, expected) => {
    expect(countErrors(claims)).toEqual(expected);
  });
});

const report = (seen: number, judged: number, truncation = 0): VerifyReport =>
  ({ errors: { roots: 0, consequences: 0 }, coverage: { judged, numbers: { seen, judged }, notJudged: [] }, counts: { truncation } }) as unknown as VerifyReport;

describe('the note of a run that exits 0', () => {
  it('says how many numbers were not judged, even where most were', () => {
    expect(outcomeOf(report(10, 8))).toEqual({ exitCode: 0, note: 'no erratum among the 8 numbers judged; 2 of its 10 numbers were not judged (listed under coverage)' });
  });

  it('says nothing more where every number was judged', () => {
    expect(outcomeOf(report(10, 10))).toEqual({ exitCode: 0 });
  });

  it('counts truncations nothing follows from, which exit 0 unless strict', () => {
    const cut = '2 truncations (a value cut off instead of rounded, or carried from one)';
    expect(outcomeOf(report(10, 10, 2))).toEqual({ exitCode: 0, note: `no erratum; ${cut} (listed above; --strict makes that exit 1)` });
    expect(outcomeOf(report(10, 8, 2)).note).toBe(`no erratum among the 8 numbers judged; 2 of its 10 numbers were not judged (listed under coverage); ${cut} (listed above; --strict makes that exit 1)`);
    expect(outcomeOf(report(10, 10, 2), undefined, true)).toEqual({ exitCode: 1, note: `${cut}, which --strict counts as errors` });
    expect(outcomeOf(report(10, 10, 0), undefined, true)).toEqual({ exitCode: 0 });
  });
});

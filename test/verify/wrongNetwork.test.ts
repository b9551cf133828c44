// A page checked against a network it does not work (--net of another file) says so beside its errata: most numbers
// judged disagree or are set aside as another example. A page with a few slips among many right numbers does not.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { outcomeOf } from '../../src/verify/outcome.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const page = emit(mazur, 'md');

describe('a page checked against another network', () => {
  it('is told the network may be the wrong one, its errata kept', () => {
    const outcome = outcomeOf(verifyDocument(page, derive(loadNetwork('fixtures/tartu-1-2-2-1.yaml')), { format: 'md' }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.note).toMatch(/^\d+ of the \d+ numbers and formulas judged disagree with the network and \d+ were set aside as another example: is it the network this document works\? \(--net\)$/);
  });

  it('is not told so against its own network, nor with three slips among the right numbers', () => {
    expect(outcomeOf(verifyDocument(page, mazur, { format: 'md' })).note).toBeUndefined();
    const slipped = page.replace('0.593269992', '0.593629992').replace('0.082167041', '0.082176041').replace('0.772928465', '0.727928465');
    expect(slipped).not.toBe(page);
    const outcome = outcomeOf(verifyDocument(slipped, mazur, { format: 'md' }));
    expect([outcome.exitCode, outcome.note]).toEqual([1, undefined]);
  });
});

// A number at the end of a sentence (the error is about 0.2910.) is counted in coverage: its full stop once hid it, so
// it was neither judged nor listed. A version's further point (1.2.3) still is no number.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { DECIMAL } from '../../src/verify/coverage.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

describe('numbers before a full stop', () => {
  it('matches 0.2910 before a full stop, not the parts of 1.2.3', () => {
    expect([...'the error is about 0.2910. Version 1.2.3 of it'.matchAll(DECIMAL)].map((m) => m[0])).toEqual(['0.2910']);
  });

  it('lists a sentence\'s last number in coverage', () => {
    const r = verifyDocument('After all eight weights are updated the error is about 0.2910.\n', derive(loadNetwork('fixtures/mazur-2-2-2.yaml')), { format: 'md' });
    expect(r.coverage.numbers.seen).toBe(1);
  });
});

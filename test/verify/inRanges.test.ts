// Coverage asks whether a number of the text lies inside math: a binary search, the same answer as asking every range.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inRanges } from '../../src/verify/coverage.js';

describe('inRanges', () => {
  it('answers as a scan of every range does, for overlapping, empty and unsorted ranges', () => {
    const range = fc.tuple(fc.nat(200), fc.nat(40)).map(([a, n]): [number, number] => [a, a + n - 5]);
    fc.assert(fc.property(fc.array(range, { maxLength: 30 }), fc.array(fc.nat(260), { maxLength: 40 }), (ranges, offsets) => {
      const test = inRanges(ranges);
      for (const at of offsets) expect(test(at)).toBe(ranges.some(([a, b]) => at >= a && at < b));
    }), { numRuns: 500 });
  });

  it('finds nothing in no ranges', () => {
    expect(inRanges([])(0)).toBe(false);
  });
});

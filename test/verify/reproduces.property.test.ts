// reproduces() tells a number far from the printed one without formatting: the same answer as formatting it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reproduces } from '../../src/verify/judge/explain/slip.js';
import { atDecimals, printedDecimals } from '../../src/verify/judge/verdict.js';

/** The test as first written: the value rounded or cut off at the printed decimals is the printed number. */
function byFormatting(printed: string, value: number): boolean {
  const d = printedDecimals(printed);
  const shown = Number(printed);
  if (d === 0 && Number(atDecimals(value, 1)) !== shown) return false;
  return Number(atDecimals(value, d)) === shown || Number(atDecimals(value, d, 'truncate')) === shown;
}

describe('reproduces', () => {
  it('agrees with formatting the value, near and far, tiny and huge', () => {
    const value = fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -1e20, max: 1e20, noNaN: true }), fc.double({ min: -1e-8, max: 1e-8, noNaN: true }));
    const printedNear = fc.tuple(value, fc.integer({ min: 0, max: 12 }), fc.constantFrom('half-up', 'truncate') as fc.Arbitrary<'half-up' | 'truncate'>, fc.integer({ min: -2, max: 2 }))
      .map(([x, d, mode, nudge]) => {
        // the value as printed, or a few units of its last place off
        const printed = atDecimals(x, d, mode);
        return { x, printed: nudge === 0 || printed.includes('e') ? printed : (Number(printed) + nudge * 10 ** -d).toFixed(d) };
      });
    fc.assert(fc.property(printedNear, ({ x, printed }) => {
      expect(reproduces(printed, x)).toBe(byFormatting(printed, x));
    }), { numRuns: 1500 });
    fc.assert(fc.property(value, value, fc.integer({ min: 0, max: 9 }), (x, y, d) => {
      const printed = y.toFixed(d);
      expect(reproduces(printed, x)).toBe(byFormatting(printed, x));
    }), { numRuns: 500 });
  });
});

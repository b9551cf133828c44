// formatNumber's digit helpers against their plain oracles (toExponential split by a regular expression, BigInt + 1).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimalDigits, formatNumber, incrementDigits, roundNumber, type NumberPolicy } from '../../src/evaluate/numberPolicy.js';

/** The helper as first written: toExponential's mantissa without its point and trailing zeros, and its exponent. */
function digitsOracle(x: number): [string, number] {
  const [mant, e] = x.toExponential(14).split('e') as [string, string];
  return [mant.replace('.', '').replace(/0+$/, '') || '0', Number(e)];
}

const magnitudes = fc.oneof(
  fc.double({ min: 0, max: 1e300, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000),
  fc.constantFrom(Number.MIN_VALUE, 5e-324, 1e-310, 0.5, 1, 9.999999999999999, 999999999999999.9, 1e21, Number.MAX_VALUE),
);

const policies: fc.Arbitrary<NumberPolicy> = fc.record({
  decimals: fc.integer({ min: 0, max: 12 }),
  sig: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
  rounding: fc.constantFrom('half-up', 'half-even', 'truncate'),
  trimZeros: fc.boolean(),
  hand: fc.constant(false),
});

describe('formatNumber digit helpers', () => {
  it('decimalDigits gives the digits and exponent of the 15-digit toExponential form', () => {
    fc.assert(fc.property(magnitudes, (x) => {
      expect(decimalDigits(x)).toEqual(digitsOracle(x));
    }), { numRuns: 3000 });
  });

  it('incrementDigits adds one unit in the last place, as BigInt does', () => {
    const heads = fc.stringMatching(/^[0-9]{1,20}$/).chain((s) => fc.constantFrom(s, s.replace(/.$/, '9'), '9'.repeat(s.length)));
    fc.assert(fc.property(heads, (h) => {
      expect(incrementDigits(h)).toBe((BigInt(h) + 1n).toString().padStart(h.length, '0'));
    }), { numRuns: 2000 });
  });

  it('roundNumber reads the same number whether trailing zeros are kept or trimmed', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, min: -1e20, max: 1e20 }), policies, (x, policy) => {
      expect(roundNumber(x, policy)).toBe(Number(formatNumber(x, { ...policy, trimZeros: true })));
    }), { numRuns: 3000 });
  });
});

// The one number formatter: decimals, significant digits, rounding modes, trailing zeros.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, formatNumber, roundNumber, type NumberPolicy } from '../../src/evaluate/numberPolicy.js';

const p = (over: Partial<NumberPolicy>): NumberPolicy => ({ ...DEFAULT_POLICY, ...over });

describe('formatNumber', () => {
  it.each([
    [0.7513650695523157, p({}), '0.75136507'],
    [0.7513650695523157, p({ trimZeros: false }), '0.751365070'],
    [0.082167040564230, p({}), '0.082167041'],
    [0.35895, p({ decimals: 4 }), '0.359'],
    [0.35895, p({ decimals: 4, trimZeros: false }), '0.3590'],
    [0.35895, p({ decimals: 4, rounding: 'truncate' }), '0.3589'],
    [0.2345, p({ decimals: 3, rounding: 'half-even' }), '0.234'],
    [0.2355, p({ decimals: 3, rounding: 'half-even' }), '0.236'],
    [-0.0190491185, p({}), '-0.019049119'],
    [-0.0190491185, p({ rounding: 'truncate' }), '-0.019049118'],
    [0.999, p({ decimals: 2 }), '1'],
    [0.999, p({ decimals: 2, trimZeros: false }), '1.00'],
    [0.0000351018778, p({ sig: 6 }), '0.0000351019'],
    [0.000438567734, p({ sig: 3 }), '0.000439'],
    [1234.5678, p({ sig: 3 }), '1230'],
    [0.00004, p({ decimals: 4 }), '0'],
    [0.00005, p({ decimals: 4 }), '0.0001'],
    [-0.00001, p({ decimals: 4 }), '0'],
    // rounded away with trailing zeros kept: zero at the places asked for, as 0 itself prints
    [-0.0000403, p({ decimals: 4, trimZeros: false }), '0.0000'],
    [0.0000403, p({ decimals: 4, trimZeros: false, rounding: 'truncate' }), '0.0000'],
    [1.92342e-10, p({ decimals: 9 }), '0.000000000192342'],
    [0.0000123456789, p({ decimals: 9 }), '0.0000123457'],
    [-2.5e-20, p({ decimals: 9 }), '-0.000000000000000000025'],
    [2.5e20, p({ decimals: 4 }), '2.5e20'],
    [12, p({}), '12'],
    [Number.POSITIVE_INFINITY, p({}), 'Infinity'],
  ])('prints %d as %s under the policy', (x, policy, expected) => {
    expect(formatNumber(x, policy)).toBe(expected);
  });

  it('rounds as it prints, for hand mode', () => {
    expect(roundNumber(0.40 - 0.5 * 0.0821, p({ decimals: 4 }))).toBe(0.359);
    expect(roundNumber(0.7413 * 0.1868, p({ decimals: 4, rounding: 'truncate' }))).toBe(0.1384);
  });
});

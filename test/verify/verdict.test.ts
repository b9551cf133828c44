// The verdict on a printed number follows the order exact, rounding-propagation, truncation, erratum.
import { describe, expect, it } from 'vitest';
import { judgeNumber, printedDecimals, type Propagated } from '../../src/verify/judge/verdict.js';

describe('judgeNumber', () => {
  it.each<[string, number, Propagated, string, string]>([
    ['0.0821', 0.08216704056, {}, 'truncation', '0.0822'],
    ['0.0820', 0.08216704056, {}, 'erratum', '0.0822'],
    ['0.0822', 0.08216704056, {}, 'exact', '0.0822'],
    ['0.0821', 0.08216704056, { rounded: [0.08214] }, 'rounding-propagation', '0.0822'],
    ['0.0821', 0.08216704056, { truncated: [0.0821] }, 'truncation', '0.0822'],
    // the page's own numbers give a tie (−0.375 · (−0.3) = 0.1125), rounded down as half-even does
    ['0.112', 0.11275, { rounded: [0.1125] }, 'rounding-propagation', '0.113'],
    ['0.112', 0.11275, {}, 'truncation', '0.113'],
    ['0.5932', 0.59326999210, {}, 'truncation', '0.5933'],
    ['0.1389', 0.13849856162, { rounded: [0.13847] }, 'erratum', '0.1385'],
    ['0.40', 0.4, {}, 'exact', '0.40'],
    ['-0.019049119', -0.01904911825, { rounded: [-0.0190491185] }, 'rounding-propagation', '-0.019049118'],
    ['0.511301270', 0.51130127024, {}, 'exact', '0.511301270'],
    ['1', 0.9999999, {}, 'exact', '1'],
    // a whole number for a value below one must be that value to the first decimal
    ['1', 0.96, {}, 'exact', '1'],
    ['1', 0.56465454, {}, 'erratum', '0.56'],
    ['1', 0.56465454, { rounded: [1] }, 'erratum', '0.56'],
    ['0', 0.3, {}, 'erratum', '0.3'],
    ['0', 0.0000001, {}, 'exact', '0'],
    ['16', 16.32, {}, 'exact', '16'],
    // a small value printed at many places is judged at those places, not at a printer's six significant digits
    ['0.0000424', 0.000042416, {}, 'exact', '0.0000424'],
    ['0.0000425', 0.000042416, {}, 'erratum', '0.0000424'],
    // all the digits of a double, as Python prints them: judged to 1e-11 relative
    ['0.9999998874648379', 0.999999887464838, {}, 'exact', '0.9999998874648380'],
    ['0.08699208259994781', 0.0869920825999478, {}, 'exact', '0.08699208259994780'],
    ['0.08699208259994781', 0.0869920827, {}, 'erratum', '0.08699208270000000'],
    // a value exactly halfway is rounded down as often as up (half-even, R's and numpy's round of a float64): a rounding
    ['.34', 0.345, {}, 'rounding-propagation', '0.35'],
    ['-0.12', -0.125, {}, 'rounding-propagation', '-0.13'],
    // not a whole number or one significant digit: 1 for an input 1.5, 0.1 for 0.15 may be another number
    ['1', 1.5, {}, 'truncation', '2'],
    ['0.1', 0.15, {}, 'truncation', '0.2'],
    // just past halfway it is not
    ['0.34', 0.3451, {}, 'truncation', '0.35'],
    ['0.5968843782', 0.596884378259767, {}, 'truncation', '0.5968843783'],
  ])('judges %s printed for %f (%o) as %s, expecting %s', (printed, exact, propagated, verdict, expected) => {
    expect(judgeNumber(printed, exact, propagated)).toEqual({ verdict, expected });
  });

  it.each([
    ['0.40', 2],
    ['-0.0190', 4],
    ['5', 0],
    ['0.0000351085', 10],
  ])('counts the printed decimals of %s as %i', (printed, decimals) => {
    expect(printedDecimals(printed)).toBe(decimals);
  });
});

describe('roundingSlack', () => {
  it('takes whole numbers in arithmetic as exact: 1/(1 + e^{0.17}) cannot stand for 0.5446', async () => {
    const { roundingSlack } = await import('../../src/verify/judge/roundingSlack.js');
    const { parseLatexMath } = await import('../../src/verify/read/parseLatexMath.js');
    const side = parseLatexMath(String.raw`\frac{1}{1+e^{0.17}}`).chains[0]!.sides[0]!;
    expect(roundingSlack(side.node, side.numbers)).toBeLessThan(0.01);
  });

  it('moves one printed value written three times as one: (0 − 0.7109)(0.7109)(1 − 0.7109) = −0.1462 is not rounding', async () => {
    const { roundingSlack } = await import('../../src/verify/judge/roundingSlack.js');
    const { parseLatexMath } = await import('../../src/verify/read/parseLatexMath.js');
    const side = parseLatexMath(String.raw`(0-0.7109)(0.7109)(1-0.7109)`).chains[0]!.sides[0]!;
    // d/dy of −y²(1 − y) at 0.7109 is 0.0943: ±0.00005 moves it 0.0000047 (three independent copies: 0.0000458)
    expect(roundingSlack(side.node, side.numbers)).toBeCloseTo(0.0943 * 0.00005, 6);
    // short numbers may be different quantities that print alike: they still move alone
    const short = parseLatexMath(String.raw`0.5 \cdot (1 - 0.5)`).chains[0]!.sides[0]!;
    expect(roundingSlack(short.node, short.numbers)).toBeCloseTo(0.5 * 0.05 + 0.5 * 0.05, 6);
  });
});

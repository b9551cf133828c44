// A number in scientific notation (4.3857e-4, 5.9327\text{E-}01, 3.51 \times 10^{-5}) is one number printed to the places
// its digits reach, judged like 0.00043857: never a product with Euler's e or its mantissa alone (5.9327\text{E-}01 was
// a false "decimal shift" erratum). One whose exponent reaches past its digits (8.2e+2) is skipped with the construct
// named; a colour like #F7E64D, e^{…} and a subscript are no such number.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { movePoint } from '../../../src/verify/read/scientificNumber.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const numbers = (latex: string): string[] | string => {
  const p = parseLatexMath(latex);
  return p.skipped ? p.reason : p.chains.flatMap((c) => c.sides.flatMap((s) => s.numbers.map((n) => `${n.text}/${n.decimals}`)));
};

describe('scientific notation', () => {
  it.each([
    ['out_{h1} = 5.9327e-01', ['0.59327/5']],
    ['g = 4.3857E-4', ['0.00043857/8']],
    ['g = 4.3857e−4', ['0.00043857/8']],
    ['g = 4.3857\\mathrm{e}{-4}', ['0.00043857/8']],
    ['out_{h1} = 5.9327\\text{E-}01', ['0.59327/5']],
    ['g = 4.3857 \\times 10^{-4}', ['0.00043857/8']],
    ['g = 0.5 \\cdot 8.7714 \\times 10^{-4}', ['0.5/1', '0.00087714/8']],
    ['\\eta = 1e-3', ['0.001/3']],
    ['x = 1.25e+1', ['12.5/1']],
  ])('reads %s as one number', (latex, expected) => {
    expect(numbers(latex)).toEqual(expected);
  });

  it.each([
    ['a = \\frac{1}{1 + e^{-0.72}}', ['1/0', '1/0', '-0.72/2']],
    ['y = 0.5e^{-0.5}', ['0.5/1', '-0.5/1']],
    ['a = \\textcolor{#F7E64D}{0.72}', ['0.72/2']],
    ['w_{1e2} = 0.5', ['0.5/1']],
    ['y = 3 / 4 \\times 10^{-1}', ['3/0', '4/0', '10/0', '-1/0']],
    ['y = 2 \\times 10^{3}', ['2/0', '10/0', '3/0']],
  ])('reads %s as before (no notation there)', (latex, expected) => {
    expect(numbers(latex)).toEqual(expected);
  });

  it('skips a number whose exponent reaches past its digits, naming the construct', () => {
    expect(numbers('g = 8.2e+2')).toMatch(/^a number in scientific notation whose exponent reaches past its digits/);
  });

  it('moves the point by the exponent, keeping every digit printed', () => {
    expect([movePoint('4.3857', -4), movePoint('0.5', -3), movePoint('12.5', -1), movePoint('1.25', 1), movePoint('1.2', 1), movePoint('8.2', 2)]).toEqual(['0.00043857', '0.0005', '1.25', '12.5', '12', undefined]);
  });

  it('judges each form against the network, and finds a slip in a substituted one', () => {
    const page = [
      '$$\\frac{\\partial E_{total}}{\\partial w_1} = 4.3857 \\times 10^{-4}$$',
      '$$\\frac{\\partial E_{total}}{\\partial w_2} = 8.77e-4$$',
      '$$\\frac{\\partial E_{total}}{\\partial w_3} = 4.9771\\text{E-}04$$',
      '$$w_1^{+} = w_1 - \\eta \\cdot \\frac{\\partial E_{total}}{\\partial w_1} = 0.15 - 0.5 \\cdot 4.8357 \\times 10^{-4} = 0.149780716$$',
    ].join('\n\n');
    const r = verifyDocument(page, mazur, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line} ${c.printed} ${c.verdict} ${c.slip ?? ''}`)).toEqual(['7 0.00048357 erratum transposed-digits']);
    expect(r.coverage.numbers).toEqual({ seen: 7, judged: 7 });
  });
});

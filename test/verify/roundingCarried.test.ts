// Rounding carried through numbers the document printed before: a number printed right for a quantity (exactly or by
// rounding carried into it) stands for that quantity when a later line uses it, and only then.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const verdicts = (doc: string): string[] => verifyDocument(doc, mazur, { format: 'md' }).claims.filter((c) => c.kind === 'value').map((c) => `${c.line} ${c.printed} ${c.verdict}`);

describe('a number printed right earlier, used in a later line', () => {
  // ∂E/∂w5 = 0.082167 printed 0.0822; η·0.0822 = 0.04110 (exact 0.041084); w5 − 0.04110 = 0.35890 (exact 0.358916)
  const working = ['$$\\frac{\\partial E_{total}}{\\partial w_5} = 0.0822$$', '', '$$\\Delta w_5 = 0.5 \\cdot 0.0822 = 0.04110$$', ''];

  it('carries its rounding into the later line, however far beyond its own last digit', () => {
    const doc = [...working, '$$w_5^{+} = 0.40 - 0.04110 = 0.35890$$', ''].join('\n');
    expect(verdicts(doc)).toEqual(['1 0.0822 exact', '3 0.04110 rounding-propagation', '5 0.35890 rounding-propagation']);
  });

  it('settles an answer printed before its working the same way', () => {
    const doc = ['Answer: $$w_5^{+} = 0.35890$$', '', ...working, '$$w_5^{+} = 0.40 - 0.04110 = 0.35890$$', ''].join('\n');
    expect(verdicts(doc)[0]).toBe('1 0.35890 rounding-propagation');
  });

  it('is no excuse where the quantity it was printed for does not belong (Δw_5 in w_6\'s update)', () => {
    const doc = [...working, '$$w_6^{+} = 0.45 - 0.04110 = 0.40890$$', ''].join('\n');
    expect(verdicts(doc)[2]).toBe('5 0.40890 erratum');
  });
});

describe('a hand calculation that rounds every step', () => {
  // ∂E/∂out_h1 = 0.055399 − 0.019049 = 0.036350 (0.0364 at 4 decimals; 0.0363 is that cut off). Rounded to 4 decimals
  // at each step, δ_o2 = −0.0381 (right) halves to the tie −0.01905 → −0.0191 (not right), and 0.0554 − 0.0191 = 0.0363.
  const value = '$$\\frac{\\partial E_{total}}{\\partial out_{h1}} = 0.0363$$';

  it('makes no wrong digit right through a number the document neither prints nor has right', () => {
    expect(verdicts(`${value}\n`)).toEqual(['1 0.0363 truncation']);
  });

  it('is the document\'s own working when it prints that number with the digits the calculation rounds it to', () => {
    expect(verdicts(`$$\\frac{\\partial E_{o2}}{\\partial out_{h1}} = -0.0191$$\n\n${value}\n`)).toEqual(['1 -0.0191 rounding-propagation', '3 0.0363 rounding-propagation']);
  });
});

describe('a value printed with no numbers of its own on its line', () => {
  // σ(1.106) = 0.751383 for out_o1 = 0.751365 (the rounding of net_o1 = 1.1059059 carried into it); 0.751383 − 0.01
  const gradient = '$$\\frac{\\partial E_{total}}{\\partial out_{o1}} = out_{o1} - target_{o1} = 0.741383$$';

  it('follows from the number printed before for its operand: rounding, not a new slip', () => {
    expect(verdicts(`$$out_{o1} = \\frac{1}{1+e^{-1.106}} = 0.751383$$\n\n${gradient}\n`)).toEqual(['1 0.751383 rounding-propagation', '3 0.741383 rounding-propagation']);
  });

  it('is wrong without that number printed', () => {
    expect(verdicts(`${gradient}\n`)).toEqual(['1 0.741383 erratum']);
  });
});

describe('a number printed again for the quantity that is the same by definition', () => {
  // ∂net_o1/∂w_5 is out_h1: the page's cut-off 0.5932 for out_h1 (0.593270), printed again under the derivative's name,
  // is the same number carried (claims.json 000.bwd.dnet_o1_dw5: rounding-propagation), not a second truncation
  it('is that number carried, with the truncation counted once where it was made', () => {
    const doc = ['$$out_{h1} = \\frac{1}{1 + e^{-0.3775}} = 0.5932$$', '', '$$\\frac{\\partial net_{o1}}{\\partial w_5} = 0.5932$$', ''].join('\n');
    expect(verdicts(doc)).toEqual(['1 0.5932 truncation', '3 0.5932 rounding-propagation']);
  });

  it('is still wrong where the number printed for it first was another', () => {
    const doc = ['$$out_{h1} = 0.5933$$', '', '$$\\frac{\\partial net_{o1}}{\\partial w_5} = 0.5923$$', ''].join('\n');
    expect(verdicts(doc)).toEqual(['1 0.5933 exact', '3 0.5923 erratum']);
  });
});


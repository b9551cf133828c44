// A result of arithmetic is judged by what its numbers stood for before rounding: the quantities they were printed for,
// the document's own unrounded results. Networks: test/verify/public/es-telecom.yaml (∂L/∂a₂ = 0.0425173,
// σ'(z₂) = 0.2320076) and exam-qa-q3.yaml (y = σ(0.35) = 0.586618, δ_o = (1 − y)y(1 − y) = 0.100244).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';
import { judgeArithmetic } from '../../../src/verify/judge/claims/arithmetic.js';

const telecom = derive(loadNetwork('test/verify/public/es-telecom.yaml'));
const q3 = derive(loadNetwork('test/verify/public/exam-qa-q3.yaml'));
const verdicts = (doc: string, net: typeof q3): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.kind === 'value' || c.kind === 'arithmetic').map((c) => `${c.line} ${c.printed} ${c.verdict}${c.causedBy === undefined ? '' : ' (follows)'}`);

describe('a result whose printed operands round the other way', () => {
  it('is exact when the quantities its numbers are give it (0.04252 × 0.23201 = 0.0098651, the quantities 0.0098643)', () => {
    expect(verdicts('$$0.04252 \\times 0.23201 \\approx 0.00986$$', telecom)).toEqual(['1 0.00986 exact']);
  });

  it('is the rounding its printed operands carry (the line works out ∂L/∂z₂ = 0.0098643), and an erratum where neither gives it', () => {
    expect(verdicts('$$0.04252 \\times 0.23201 \\approx 0.00987$$', telecom)).toEqual(['1 0.00987 rounding-propagation']);
    expect(verdicts('$$0.04252 \\times 0.23201 \\approx 0.00985$$', telecom)).toEqual(['1 0.00985 erratum']);
  });
});

describe('a number printed before for a quantity it is exactly', () => {
  // test/verify/public/id-obesitas.yaml: neth3 = 0.55·2 + 0.6·2 + 0.65·3 + 0.7·3 + 0.75 = 7.1 exactly, σ(7.1) = 0.99917557531
  const obesitas = derive(loadNetwork('test/verify/public/id-obesitas.yaml'));
  const net = 'neth3 = w31 \\* x1 + w32 \\* x2 + w33 \\* x3 + w34 \\* x4 + biash3\n\n= 0.55 \\* 2 + 0.6 \\* 2 + 0.65 \\* 3 + 0.7 \\* 3 + 0.75\n\n= 7.1\n\n';
  it('stands for that value unrounded, also negated in an exponent: a wrong ninth digit of σ(−7.1) is an erratum, not unresolved', () => {
    expect(verdicts(`${net}$$\\frac{1}{1 + e^{- 7.1}} = 0.9991755553$$`, obesitas).at(-1)).toBe('7 0.9991755553 erratum');
    expect(verdicts(`${net}$$\\frac{1}{1 + e^{- 7.1}} = 0.9991755753$$`, obesitas).at(-1)).toBe('7 0.9991755753 exact');
  });
});

describe('rounding allowed only between a number as printed and its known unrounded value', () => {
  const forward = '$$y=\\frac{1}{1+e^{-0.35}}=0.5866$$\n\n';
  const backward = '$$\\delta_o=(1-0.5866)(0.5866)(1-0.5866)=0.1003$$\n\n$$\\Delta v=0.2(0.1003)(0.5)=0.01003$$';

  it('calls 0.1003 an erratum when 0.5866 was printed for y = 0.586618 (both give 0.10024…), and Δv its consequence', () => {
    expect(verdicts(forward + backward, q3)).toEqual(['1 0.5866 exact', '3 0.1003 erratum', '5 0.01003 erratum (follows)']);
  });

  it('knows 0.5866 by its digits alone when no line printed it (no other quantity of the network prints so)', () => {
    expect(verdicts(backward, q3)).toEqual(['1 0.1003 erratum', '3 0.01003 erratum (follows)']);
  });

  it('neither passes nor refuses a last digit only an unknown unrounded number gives (0.1234 × 37 = 4.5658; 4.5667 within 37 · 0.00005)', () => {
    expect(verdicts('$$0.1234 \\times 37 = 4.5667$$', q3)).toEqual(['1 4.5667 unresolved']);
    expect(verdicts('$$0.1234 \\times 37 = 4.5687$$', q3)).toEqual(['1 4.5687 erratum']);
  });

  it('passes the right value', () => {
    expect(verdicts(forward + backward.replace('=0.1003', '=0.1002').replace('0.2(0.1003)(0.5)=0.01003', '0.2(0.1002)(0.5)=0.01002'), q3))
      .toEqual(['1 0.5866 exact', '3 0.1002 exact', '5 0.01002 exact']);
  });
});

describe('a last digit that only operands of unknown unrounded value could give', () => {
  const arithmetic = (doc: string): string[] => verdicts(doc, q3).map((v) => v.replace(/ \(follows\)$/, ''));

  it('is no rounding-propagation on a two-decimal page (.28 × .62 = .1736 printed .18), and .17 is exact', () => {
    expect(arithmetic('$$.28 \\times .62 = .18$$\n\n$$.28 \\times .62 = .17$$')).toEqual(['1 .18 unresolved', '3 .17 exact']);
  });

  it('is listed in coverage as a number not judged, with why', () => {
    const r = verifyDocument('$$.28 \\times .62 = .18$$', q3, { format: 'md' });
    expect(r.coverage.notJudged.map((n) => `${n.count} ${n.reason}`)).toContain('1 a result whose last digit only operands of unknown unrounded value give (neither right nor wrong)');
  });

  it('is no truncation either (0.83 × 1.2 = 0.996 printed 0.99: 0.825 × 1.2 rounds to 0.99)', () => {
    expect(arithmetic('$$0.83 \\times 1.2 = 0.99$$')).toEqual(['1 0.99 unresolved']);
  });

  it('is a truncation when the operand was printed before as an exact result (−0.8 − 1.1 = −1.9; e^{−1.9} = 0.14957)', () => {
    expect(arithmetic('$$-0.8 - 1.1 = -1.9$$\n\n$$e^{-1.9} = 0.149$$')).toEqual(['1 -1.9 exact', '3 0.149 truncation']);
    expect(arithmetic('$$e^{-1.9} = 0.149$$')).toEqual(['1 0.149 unresolved']);
  });

  it('does not take a one-digit number for exact because it was once an exact result (0.5 could be any number\'s)', () => {
    expect(arithmetic('$$0.25 + 0.25 = 0.5$$\n\n$$0.5 \\times 0.62 = 0.32$$')).toEqual(['1 0.5 exact', '3 0.32 unresolved']);
  });
});

describe('the tie test', () => {
  it('takes 0.24130070857 printed 0.2413007085 for a truncation, not a tie (0.37 of a unit off)', () => {
    const x = 0.5932699921 * (1 - 0.5932699921);
    expect(judgeArithmetic('0.2413007085', { arithmetic: x }).verdict).toBe('truncation');
  });

  it('still takes a real tie either way (0.008771355 · 0.1 printed 0.000877135)', () => {
    expect(judgeArithmetic('0.000877135', { arithmetic: 0.008771355 * 0.1 })).toMatchObject({ verdict: 'rounding-propagation', detail: 'its operands give a tie, rounded the other way' });
  });
});

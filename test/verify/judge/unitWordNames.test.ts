// A unit's name with a word for its net input or output ("Y₁ net =", "net H₁ =", "H1 output ="), and a bias name the
// page never gives a value for written where the network has another bias. Handwritten 2-2-1 sigmoid network:
// net_H1 = 0.2·0.5 + 0.4·1.0 + 0.3 = 0.8, net_H2 = 0.6·0.5 + 0.1·1.0 + 0.3 = 0.7, H1 = σ(0.8) = 0.68997,
// H2 = σ(0.7) = 0.66819, net_Y1 = 0.7·0.68997 + 0.5·0.66819 + 0.2 = 1.01708 (0.81708 without its bias).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/judge/two-two-one.yaml'));
const verdicts = (doc: string): string[] => verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.kind !== 'operand').map((c) => `${c.line} ${c.kind} ${c.printed} ${c.verdict}`);

describe('a unit name with a word for its net input or output', () => {
  it('names that quantity, so a net input without its bias is wrong, not "arithmetic exact"', () => {
    const doc = 'Y₁ net = (0.70)(0.6900) + (0.50)(0.6682)\n= 0.4830 + 0.3341 = 0.8171\n';
    expect(verdicts(doc)).toContain('2 value 0.8171 erratum');
  });

  it('holds with the word first and for the output', () => {
    expect(verdicts('net H₁ = (0.2)(0.5) + (0.4)(1.0) + 0.3 = 0.8000\n')).toContain('1 value 0.8000 exact');
    expect(verdicts('H1 output = 0.6900\n')).toEqual(['1 value 0.6900 exact']);
  });

  it('leaves a product of two names alone', () => {
    expect(verdicts('x₁ w₁ = (0.5)(0.2) = 0.1000\n').join()).not.toContain('value');
  });
});

describe('a note in parentheses after the last number', () => {
  it('ends the equation, so the hidden sum is judged', () => {
    expect(verdicts('H₁ net = 0.1 + 0.4 + 0.3 = 0.8500 (including bias)\n')).toContain('1 value 0.8500 erratum');
  });
});

describe('a bias name the page never gives a value for', () => {
  const sum = 'H₂ net = (0.6)(0.5) + (0.1)(1.0) + b₂ = 0.7000\n';
  it('is read as the bias the network has there: the formula is not called wrong, the value is judged', () => {
    const v = verdicts(sum);
    expect(v).toContain('1 formula (0.6)(0.5) + (0.1)(1.0) + b₂ unresolved');
    expect(v).toContain('1 value 0.7000 exact');
    expect(verdicts(sum.replace('0.7000', '0.7100'))).toContain('1 value 0.7100 erratum');
  });

  it('is not extended to weights: a weight with another index is a slip', () => {
    expect(verdicts('$$net_{H1} = w_1 x_1 + w_3 x_2 + b_1$$\n')).toEqual(['1 formula w_1 x_1 + w_3 x_2 + b_1 erratum']);
  });

  it('is the network\'s own when the page prints its value', () => {
    expect(verdicts(`b₂ = 0.2\n\n${sum}`)).toContain('3 formula (0.6)(0.5) + (0.1)(1.0) + b₂ erratum');
  });
});

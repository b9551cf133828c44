// Table rows of a plain-text formula and its value (| z1 = x·w1 | 0.5 |): read as one chain, the value judged.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// x = 1, w1 = 0.5, h = tanh(x w1) = 0.4621, w2 = 2, o = σ(h w2) = σ(0.9242) = 0.7159
const net = derive(loadNetwork('test/verify/public/primer-two-layers.yaml'));
const table = (...rows: string[]) => `| step | value |\n|---|---|\n${rows.map((r) => `${r}\n`).join('')}`;
const verdicts = (doc: string) => verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.verdict} ${c.printed}`);

describe('a row of a formula and its value', () => {
  it.each([
    ['a formula of names', table('| h = tanh(x·w1) | 0.4621 |'), 'exact 0.4621'],
    ['a formula of numbers', table('| ŷ = σ(0.9242) | 0.7159 |'), 'exact 0.7159'],
    ['a value with its minus typed −', table('| −h = −tanh(0.5) | −0.4621 |'), 'exact -0.4621'],
    ['a value worked out in its cell', table('| h = tanh(0.5) | 0.5 · 0.9242 = 0.4621 |'), 'exact 0.4621'],
  ])('judges the value of %s', (_, doc, expected) => {
    expect(verdicts(doc)).toContain(expected);
  });

  it('finds a wrong value', () => {
    expect(verdicts(table('| ŷ = σ(0.9242) | 0.7195 |')).join()).toMatch(/erratum 0.7195/);
  });

  it.each([
    ['a description in the second cell', table('| h = tanh(x·w1) | the hidden output |')],
    ['a formula cell that holds its own value', table('| h = tanh(0.5) = 0.4621 | 0.9 |')],
  ])('reads nothing more of %s', (_, doc) => {
    expect(verdicts(doc).join()).not.toMatch(/0\.9(?!\d)|erratum/);
  });
});

// Known slips: the seed documents' errata are reported on their lines with the slip named, and synthetic slips made from derive output are recognised.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { quantityName } from '../../src/emit/quantityName.js';
import { runWithEarlyWeights } from '../../src/verify/network/replayTraining.js';
import { formatNumber } from '../../src/evaluate/numberPolicy.js';
import { verifyDocument, type LocatedClaim, type VerifyReport } from '../../src/verify/verifyDocument.js';
import { hasSeeds, seedPath } from '../helpers/seeds.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const printed = (x: number): string => formatNumber(x, mazur.valuation.policy);
const texName = (id: string): string => quantityName(id, mazur.derivation, mazur.notation, 'tex')!;
const summary = (c: LocatedClaim | undefined): string => (c ? `${c.verdict} ${c.slip ?? '-'}: ${c.detail ?? ''}` : 'none');

describe.runIf(hasSeeds)('the errata of FINDINGS.md that sit in equations, on their lines', () => {
  const reports: Record<string, VerifyReport> = hasSeeds
    ? {
        '000': verifyDocument(readFileSync(seedPath('000_1f8e4f603196ea2a.txt'), 'utf8'), mazur),
        '001': verifyDocument(readFileSync(seedPath('001_18b7bfaceef70a00.txt'), 'utf8'), mazur),
      }
    : {};
  const claimAt = (doc: string, line: number, shown: string): LocatedClaim | undefined =>
    reports[doc]!.claims.find((c) => c.line === line && (c.printed === shown || c.printed.includes(shown)));

  it.each<[string, string, number, string, string]>([
    ['000: δ_o1 = 0.7413 · 0.1868 printed 0.1389', '000', 334, '0.1389', 'erratum wrong-digit: 0.1389 for 0.1385: one digit wrong'],
    ['000: ½(0.01 − 0.7513)² printed 0.2747', '000', 181, '0.2747', 'truncation arithmetic: 1 / 2 (0.01 - 0.7513) ^ 2 = 0.27476, which rounds to 0.2748'],
    ['000: 0.2747 + 0.0235 printed 0.2983', '000', 183, '0.2983', 'rounding-propagation arithmetic: 0.2747 + 0.0235 = 0.2982; the printed result does not follow from its operands'],
    ['000: 0.15 − 0.5 · 0.0004 printed 0.1497', '000', 382, '0.1497', 'truncation arithmetic: 0.15 - 0.5 * 0.0004 = 0.1498; the printed result does not follow from its operands'],
    ['000: 0.1389 · 0.40 printed 0.0553', '000', 340, '0.0553', 'truncation arithmetic: 0.1389 * 0.40 = 0.05556; the printed result does not follow from its operands'],
    ['000: w_1 "after first round of backpropagation"', '000', 403, '0.1497', 'truncation -: '],
    ['000: o_1 after the first round', '000', 418, '0.7420', 'truncation -: '],
    ['000: o_1 "after 1000 rounds" is the 10,000-round value', '000', 430, '0.0159', 'erratum iteration-count: 0.0159 is out_o1 after 10000 rounds, not 1000 rounds (0.0159136204)'],
    ['000: o_2 "after 1000 rounds" is the 10,000-round value cut off', '000', 430, '0.9840', 'erratum iteration-count: 0.9840 is out_o2 after 10000 rounds, not 1000 rounds (0.984064274)'],
    ['000: the target labelled out_o1', '000', 122, '0.01', 'erratum wrong-label: 0.01 is the value of target_o1, not out_o1'],
    ['000: net_h1 written with w_3', '000', 358, 'w_3', "erratum swapped-index: the network has w2 · i2, not w3 · i2; this formula gives 0.382500000 at the network's values"],
    ['001: net_h1 written with w_3', '001', 215, 'w_3', "erratum swapped-index: the network has w2 · i2, not w3 · i2; this formula gives 0.382500000 at the network's values"],
    ['001: ∂E_o2/∂out_h1 through a rounded δ_o2', '001', 201, '-0.019049119', 'rounding-propagation -: '],
    ['000 prose: the total error after the first round', '000', 405, '0.2910', 'exact -: '],
    ['000 prose: "previous o_1 was 0.7729"', '000', 420, '0.7729', 'erratum swapped-index: 0.7729 is the value of out_o2, not out_o1'],
    ['001 prose: the error after one round', '001', 245, '0.291027924', "erratum updated-too-early: 0.291027924 is E_total after 1 round if each layer's updated weights are used too early, in the gradients of the layers before it (0.291027924)"],
    ['001 prose: the error after 10,000 rounds', '001', 245, '0.0000351085', 'erratum iteration-count: 0.0000351085 is E_total after 9999 rounds, not 10000 rounds (0.0000351085481)'],
    ['001 prose: out_o1 after 10,000 rounds', '001', 245, '0.015912196', "erratum updated-too-early: 0.015912196 is out_o1 after 10000 rounds if each layer's updated weights are used too early, in the gradients of the layers before it (0.0159121963)"],
    ['001 prose: out_o2 after 10,000 rounds', '001', 245, '0.984065734', "erratum updated-too-early: 0.984065734 is out_o2 after 10000 rounds if each layer's updated weights are used too early, in the gradients of the layers before it (0.984065734)"],
  ])('%s', (_label, doc, line, shown, expected) => {
    expect(summary(claimAt(doc, line, shown))).toBe(expected);
  });
});

describe('synthetic slips in derive output', () => {
  it('names a swapped index: ∂E/∂w6 printed for ∂E/∂w5 in every line that ends with it', () => {
    const from = printed(mazur.valuation.exact('g$w5'));
    const to = printed(mazur.valuation.exact('g$w6'));
    const md = emit(mazur, 'md').replaceAll(` = ${from}$$`, () => ` = ${to}$$`);
    const wrong = verifyDocument(md, mazur, { format: 'md' }).claims.filter((c) => c.verdict !== 'exact');
    expect(wrong.length).toBeGreaterThan(0);
    // The first line that prints it is the slip; every line that substitutes the same number follows from it.
    const roots = wrong.filter((c) => c.causedBy === undefined);
    expect(roots.map((c) => `${c.printed} ${c.slip}`)).toEqual(roots.map(() => `${to} swapped-index`));
    expect(wrong.every((c) => c.printed === to)).toBe(true);
    expect(wrong.some((c) => c.detail === `${to} is the value of ∂E_total/∂w6, not ∂E_total/∂w5`)).toBe(true);
  });

  it.each(['g$w1', 'g$w4', 'd$net_h1', 'g$out_h2', 'u$w3'])('names output weights used, already updated, in the backward pass to the hidden quantity %s', (id) => {
    const overrides = new Map(['w5', 'w6', 'w7', 'w8'].map((w) => [`v$${w}`, mazur.valuation.exact(`u$${w}`)]));
    const early = runWithEarlyWeights(mazur.valuation.evaluation.program, new Map(), overrides).get(id);
    const claims = verifyDocument(`$$${texName(id)} = ${printed(early)}$$\n`, mazur, { format: 'md' }).claims;
    expect(claims.map((c) => `${c.verdict} ${c.slip}`)).toEqual(['erratum updated-too-early']);
    expect(claims[0]!.detail).toContain('with w5, w6, w7, w8 already updated');
  });

  it('names a value printed under the name of the parameter before its update', () => {
    const [claim] = verifyDocument(`$w_1 = ${printed(mazur.valuation.exact('u$w1'))}$\n`, mazur, { format: 'md' }).claims;
    expect(summary(claim)).toBe('erratum updated-too-early: 0.149780716 is the value of w1⁺, not w1');
  });

  it.each<[string, string, string]>([
    ['a missing term', 'net_{h1} = w_1 i_1 + b_1', 'the network also has w2 · i2'],
    ['an extra term', 'net_{o1} = w_5 out_{h1} + w_6 out_{h2} + w_7 out_{h2} + b_2', 'the network has no w7 · out_h2'],
    ['a wrong weight', 'net_{o2} = w_7 out_{h1} + w_6 out_{h2} + b_2', 'the network has w8 · out_h2, not w6 · out_h2'],
  ])('gives the reason for a formula with %s', (_label, latex, reason) => {
    const [claim] = verifyDocument(`$$${latex}$$\n`, mazur, { format: 'md' }).claims;
    expect(claim?.verdict).toBe('erratum');
    expect(claim?.detail).toContain(reason);
  });

  it('catches a formula that matches only at the network values, by evaluating it at other points', () => {
    // i_2 = 2 i_1 in the Mazur network, so w_1 i_2 / 2 equals w_1 i_1 there and nowhere else.
    const [claim] = verifyDocument('$$net_{h1} = \\frac{w_1 i_2}{2} + w_2 i_2 + b_1$$\n', mazur, { format: 'md' }).claims;
    expect(claim?.verdict).toBe('erratum');
    expect(claim?.detail).toContain('only by coincidence');
  });

  it('accepts a correct formula at every point', () => {
    const [claim] = verifyDocument('$$net_{h1} = b_1 + i_2 w_2 + w_1 i_1$$\n', mazur, { format: 'md' }).claims;
    expect(claim?.verdict).toBe('exact');
  });
});

// Rule opposite-sign also reads the update rules a page writes: w = w + η δ a (Russell and Norvig's + α a Δ) says δ is −∂E/∂net.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

describe('the sign of δ from the update rules', () => {
  it('reads δ as minus the gradient when the page adds η δ a to a weight, so the rules are no sign errata', () => {
    const doc = [
      // a δ printed wrong under either sign: only the update rules say which sign the page's δ has
      'The error term is $\\delta_{o1} = 0.13$.',
      '',
      '$$w_5 = w_5 + \\eta \\cdot \\delta_{o1} \\cdot out_{h1}$$',
      '',
      '$$w_6 = w_6 + \\eta \\cdot \\delta_{o1} \\cdot out_{h2}$$',
      '',
    ].join('\n');
    const report = verifyDocument(doc, mazur, { format: 'md' });
    expect(report.names.find((n) => n.name === 'delta_o1')).toMatchObject({ rule: 'opposite-sign' });
    expect(report.claims.filter((c) => c.kind === 'formula' && c.verdict === 'erratum')).toEqual([]);
    expect(report.claims.find((c) => c.printed === '0.13')?.verdict).toBe('erratum');
  });

  it('keeps the network\'s sign when the page subtracts η δ a', () => {
    const doc = ['The error term is $\\delta_{o1} = 0.13$.', '', '$$w_5 = w_5 - \\eta \\cdot \\delta_{o1} \\cdot out_{h1}$$', ''].join('\n');
    const report = verifyDocument(doc, mazur, { format: 'md' });
    expect(report.names.find((n) => n.name === 'delta_o1')?.rule).not.toBe('opposite-sign');
    expect(report.claims.filter((c) => c.kind === 'formula' && c.verdict === 'erratum')).toEqual([]);
  });
});

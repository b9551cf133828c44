// A formula that names its rounds (θ_1 = θ_0 − α m̂_1/√v̂_1) holds at its subject's round: right is exact, and a wrong
// learning rate substituted in it is the erratum, not the formula; the learning rate is a given, printed exactly, so
// another rule's result is no rounding of it.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const adam = derive(loadNetwork('test/verify/public/adam-first-step.yaml'));
const page = (line: string): string =>
  ['Let $g_1=4$, $\\alpha=0.1$, $\\beta_1=0.9$, $\\beta_2=0.999$, $\\epsilon=0$, $\\theta_0 = 2$.', '', `$\\hat m_1=4$ and $\\hat v_1=16$. Then $${line}$.`, ''].join('\n');
const wrongOn3 = (line: string): string[] =>
  verifyDocument(page(line), adam, { format: 'md' }).claims.filter((c) => c.line === 3 && c.verdict === 'erratum').map((c) => `${c.kind} ${c.printed}`);

describe('a formula over named rounds', () => {
  it('is right at its subject’s round, with every number substituted right', () => {
    expect(wrongOn3('\\theta_1 = \\theta_0 - \\alpha \\hat m_1/\\sqrt{\\hat v_1} = 2 - 0.1\\cdot4/\\sqrt{16}=1.9')).toEqual([]);
  });

  it('puts a wrong learning rate on the substituted number, and the result under it', () => {
    expect(wrongOn3('\\theta_1 = \\theta_0 - \\alpha \\hat m_1/\\sqrt{\\hat v_1} = 2 - 0.01\\cdot4/\\sqrt{16}=1.99')).toEqual(['operand 0.01', 'value 1.99']);
  });

  it('calls the result of another rule wrong (plain gradient descent under Adam: 2 − 0.1 · 4 = 1.6, the file gives 0.1 exactly)', () => {
    expect(wrongOn3('\\theta_1 = \\theta_0 - \\alpha g_1 = 2 - 0.1\\cdot4=1.6')).toEqual(['value 1.6']);
  });
});

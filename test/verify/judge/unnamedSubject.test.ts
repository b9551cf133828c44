// A chain of bare numbers with no name before it is judged as the working of the one quantity whose engine formula its
// numbers pair with (fixtures/mazur-2-2-2.yaml: net_h1 = w1 i1 + w2 i2 + b1 = 0.3775; adam-first-step.yaml: one Adam
// step of θ = 2 with gradient 4, α = 0.1, so Δθ = 0.1 · 4/√16 = 0.1).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const adam = derive(loadNetwork('test/verify/public/adam-first-step.yaml'));
const verdicts = (doc: string, net: typeof mazur): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.kind} ${c.printed} ${c.verdict}${c.quantity ? ` ${c.quantity}` : ''}${c.causedBy === undefined ? '' : ' (follows)'}`);

describe('a chain of numbers that names nothing', () => {
  it('is the working of the quantity its numbers pair with: each number compared with its quantity', () => {
    expect(verdicts('$$0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35 = 0.3775$$', mazur)).toEqual([
      'operand 0.15 exact v$w1', 'operand 0.05 exact v$i1', 'operand 0.2 exact v$w2', 'operand 0.1 exact v$i2', 'operand 0.35 exact v$b1',
      'value 0.3775 exact v$net_h1',
    ]);
  });

  it('flags a number that is a named slip of its quantity, and the result under it', () => {
    const got = verdicts('$$0.15 \\cdot 0.05 + 0.25 \\cdot 0.1 + 0.35 = 0.3825$$', mazur);
    expect(got).toContain('operand 0.25 erratum v$w2');
    expect(got).toContain('value 0.3825 erratum v$net_h1 (follows)');
  });

  it('is another example where a number is neither its quantity nor a slip one can name (i₁ = 0.7): arithmetic only', () => {
    expect(verdicts('$$0.15 \\cdot 0.7 + 0.2 \\cdot 0.1 + 0.35 = 0.475$$', mazur)).toEqual(['arithmetic 0.475 exact']);
  });

  it('reads an update step in another notation: the sign with the one negative factor, η printed before', () => {
    const given = '$\\alpha=0.1$, $\\beta_1=0.9$, $\\beta_2=0.999$, $\\epsilon=0$.\n\n';
    expect(verdicts(`${given}The step is $-0.1\\cdot4/\\sqrt{16}=-0.1$.`, adam).slice(-4)).toEqual([
      'operand -0.1 exact eta', 'operand 4 exact os$mhat$1$theta', 'operand 16 exact os$vhat$1$theta', 'value -0.1 exact neg$dw$theta',
    ]);
    const slipped = verdicts(`${given}The step is $-0.01\\cdot4/\\sqrt{16}=-0.01$.`, adam);
    expect(slipped).toContain('operand -0.01 erratum eta');
    expect(verifyDocument(`${given}The step is $-0.01\\cdot4/\\sqrt{16}=-0.01$.`, adam, { format: 'md' }).claims.find((c) => c.kind === 'operand' && c.verdict === 'erratum')?.slip).toBe('wrong-learning-rate');
    expect(slipped).toContain('value -0.01 erratum neg$dw$theta (follows)');
  });

  it('is nothing when the learning rate was never printed and its number is no nameable slip', () => {
    expect(verdicts('The step is $-0.01\\cdot4/\\sqrt{16}=-0.01$.', adam)).toEqual(['arithmetic -0.01 exact']);
  });
});

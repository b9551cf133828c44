// deeplearning.ai's gradient names (dZ^{[2]}, dW, db, dz): read as ∂L/∂Z, ∂L/∂W, ∂L/∂b with the document's loss letter, in math and prose, not in code and not in a slash quotient.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { gradientLetter } from '../../../src/verify/read/gradientNames.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one sigmoid unit with binary cross-entropy: z = 0.3 · 1 + 0.2 = 0.5, a = 0.6225, dz = a − y = −0.3775, dw = dz · x, db = dz
const unit = derive(parseNetwork(`
inputs: { x: 1 }
targets: { a: 1 }
parameters: { w: 0.3, b: 0.2 }
layers:
  - activation: sigmoid
    neurons:
      a: { weights: { w: x }, bias: b }
loss: binary-cross-entropy
`, 'unit.yaml'));

const sides = (latex: string, lossLetter?: string): string[] => parseLatexMath(latex, { lossLetter }).chains.flatMap((c) => c.sides.map((s) => s.node.toString()));
const verdicts = (md: string): string[] => verifyDocument(md, unit, { format: 'md' }).claims.filter((c) => c.verdict !== 'unresolved').map((c) => `${c.line}: ${c.printed} ${c.verdict}`);

describe('gradients named with a d before the name', () => {
  it.each([
    ['dZ^{[2]} = 1', 'Z^{[2]}'],
    ['dW_1 = 1', 'W_1'],
    ['db = 1', 'b'],
  ])('reads %s as the derivative of the loss by %s', (latex, name) => {
    expect(sides(latex, 'L')[0]).toBe(sides(`\\frac{\\partial L}{\\partial ${name}} = 1`)[0]);
  });

  it('leaves dL/dw and x/dW as written, and reads nothing without a loss letter', () => {
    expect(sides('dL/dw = 1', 'L')).toEqual(sides('dL/dw = 1'));
    expect(sides('x/dW = 1', 'L')).toEqual(sides('x/dW = 1'));
    expect(sides('dW = 1')[0]).not.toContain('partial');
  });

  it.each([
    ['\\frac{\\partial E}{\\partial w} and $J = 2$', 'E'],
    ['$J(w) = 1$, then $\\partial J / \\partial w$', 'J'],
    // a cost J never differentiated is deeplearning.ai's mean over examples: its dZ, dA are one example's (m ∂J/∂Z)
    ['$J(w) = 1$, then dW', undefined],
    ['J &= \\frac{1}{2} \\lVert Y - A \\rVert^{2}', undefined],
    ['$\\mathcal{L} = 0.3$', 'L'],
    ['no letter at all', 'L'],
  ])('takes the loss letter of %s as %s', (text, letter) => {
    expect(gradientLetter(text)).toBe(letter);
  });

  it('judges dz, dw and db against the network and finds a sign slip', () => {
    const md = '$$dz = a - y = 0.6225 - 1 = -0.3775$$\n\n$$dw = dz \\cdot x = -0.3775$$\n\n$$db = 0.3775$$\n';
    expect(verdicts(md).filter((v) => !v.endsWith('exact'))).toEqual(['5: 0.3775 erratum']);
    expect(verdicts(md)).toContain('3: -0.3775 exact');
  });

  it('leaves a d-name in a program\'s printed output alone (there dw may be a change, not a gradient)', () => {
    expect(verdicts('```\ndw: 0.3775\n```\n')).toEqual([]);
  });
});

// A word for the gradient with a parameter's subscript (\text{Grad}_{w_a}) is ∂L/∂w_a, and a list item headed by a label
// naming a parameter (**For $w_a$:**) makes Grad_1 and w_{new} under it that parameter's gradient and updated value.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// a 2x1 filter [w_a, w_b] slid over [1, 2, 3], the outputs summed: y = −3.5, ∂L/∂y = −7, ∂L/∂w_a = −7 (1 + 2) = −21,
// ∂L/∂w_b = −7 (2 + 3) = −35; after one step with η = 0.01: w_a = 0.71, w_b = −0.65
const conv = derive(parseNetwork(`
inputs: { x1: 1, x2: 2, x3: 3 }
targets: { t: 0 }
parameters: { w_a: 0.5, w_b: -1 }
graph:
  f1: w_a * x1 + w_b * x2
  f2: w_a * x2 + w_b * x3
  y: f1 + f2
  L: (y - t)^2
output: L
learning_rate: 0.01
`, 'conv.yaml'));

const verdicts = (doc: string): string[] =>
  verifyDocument(doc, conv, { format: 'md' }).claims.filter((c) => c.kind === 'value').map((c) => `${c.line} ${c.printed} ${c.verdict}`);

const page = (gradA: string, newA: string): string => [
  '1. **For $w_a$:**', `   $$\\text{Grad}_1 = ${gradA}$$`, '',
  '2. **For $w_b$:**', '   $$\\text{Grad}_2 = (-7) \\times 5 = -35$$', '',
  '* **$w_a$ (old 0.5):**', `    $$w_{\\text{new}} = ${newA}$$`,
  '* **$w_b$ (old -1):**', '    $$w_{\\text{new}} = -1 - (0.01 \\times -35) = -0.65$$', '',
].join('\n');

describe('gradient words and list-item labels', () => {
  it('reads Grad with a parameter\'s subscript as the gradient, however the value is printed', () => {
    expect(verdicts('$$\\text{Grad}_{w_a} = -21$$\n')).toEqual(['1 -21 exact']);
    expect(verdicts('$$\\text{grad}_{w_b} = -30$$\n')).toEqual(['1 -30 erratum']);
  });

  it('reads Grad_1 and w_{new} under a label naming the parameter as its gradient and updated value', () => {
    expect(verdicts(page('(-7) \\times 3 = -21', '0.5 - (0.01 \\times -21) = 0.71')).every((v) => v.endsWith('exact'))).toBe(true);
  });

  it('finds a gradient that keeps one position of a shared filter, and the update built on it', () => {
    const wrong = verdicts(page('(-7) \\times 1 = -7', '0.5 - (0.01 \\times -7) = 0.57')).filter((v) => v.endsWith('erratum'));
    expect(wrong).toEqual(['2 -7 erratum', '8 0.57 erratum']);
  });

  it('leaves Grad_1 with no label above it unresolved', () => {
    const r = verifyDocument('$$\\text{Grad}_1 = -21$$\n', conv, { format: 'md' });
    expect(r.claims.map((c) => c.verdict)).toEqual(['unresolved']);
  });
});

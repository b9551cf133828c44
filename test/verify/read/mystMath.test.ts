// MyST's ```{math} directive (with option lines) is display math, and \tanh^2(z) is (\tanh z)^2: a wrong formula in one is found off the network's own values.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one tanh unit: z = w x + b with b = 1, so a formula with · b in place of · 1 agrees at the network's own values
const unit = derive(parseNetwork(`
inputs: { x: 2 }
targets: { a: 0.8 }
parameters: { w: -0.5, b: 1 }
layers:
  - activation: tanh
    neurons:
      a: { weights: { w: x }, bias: b }
loss: half-sse
`, 'unit.yaml'));
const formulas = (md: string): string[] => verifyDocument(md, unit, { format: 'md' }).claims.map((c) => `${c.line}: ${c.kind} ${c.verdict}`);
const fence = (latex: string): string => `$L = \\frac{1}{2}(a - y)^2$\n\n\`\`\`{math}\n:label: grad\n${latex}\n\`\`\`\n`;

describe('MyST math directives', () => {
  it('reads a {math} fence past its option lines and finds a formula right only at the network\'s values', () => {
    expect(formulas(fence('\\frac{\\partial L}{\\partial b} = (a - y)(1 - a^2) \\cdot b'))).toContain('5: formula erratum');
    expect(formulas(fence('\\frac{\\partial L}{\\partial b} = (a - y)(1 - a^2)'))).toContain('5: formula exact');
  });

  it.each([
    ['1 - \\tanh^2(z)', '1 - tanh(z) ^ 2'],
    ['\\sin^{2} x', 'sin(x) ^ 2'],
  ])('reads %s as a power of the function', (latex, read) => {
    expect(parseLatexMath(`g = ${latex}`).chains[0]!.sides[1]!.node.toString()).toBe(read);
  });

  it('leaves \\sigma^{-1} (an inverse) as it was read before', () => {
    expect(parseLatexMath('g = \\sigma^{-1}(z)').chains[0]!.sides[1]!.node.toString()).not.toContain('sigma(z)');
  });
});

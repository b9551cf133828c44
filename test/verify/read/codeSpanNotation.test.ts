// Code-span equations in Unicode notation: ≈ as the only relation, the transpose mark ᵀ and the Hadamard product ⊙ are read, so their numbers are judged.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { findCodeSpanEquations } from '../../../src/verify/read/plainText.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one sigmoid unit: z = w x + b = 0.5, a = σ(0.5) = 0.6225, half squared error against 1
const unit = derive(parseNetwork(`
inputs: { x: 1 }
targets: { a: 1 }
parameters: { w: 0.3, b: 0.2 }
learning_rate: 0.1
layers:
  - activation: sigmoid
    neurons:
      a: { weights: { w: x }, bias: b }
loss: half-sse
`, 'unit.yaml'));

const spans = (text: string): { start: number; end: number }[] => [...text.matchAll(/`[^`]+`/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
const read = (text: string): string[] => findCodeSpanEquations(text, spans(text)).map((e) => e.latex);
const judged = (text: string): string[] =>
  verifyDocument(text, unit, { format: 'md' }).claims.filter((c) => c.verdict !== 'unresolved').map((c) => `${c.line}: ${c.printed} ${c.verdict}`);

describe('equations in code spans written with Unicode marks', () => {
  it('reads a chain whose only relation is ≈', () => {
    expect(read('- `L ≈ -log(0.5275) ≈ 0.639`\n')).toEqual(['L ≈ -\\log(0.5275) ≈ 0.639']);
  });

  it.each([
    ['a1ᵀ', 'a_1^T'],
    ['a1 ⊙ (1 - a1)', 'a_1 \\odot (1 - a_1)'],
  ])('reads %s as %s', (unicode, latex) => {
    const side = (text: string): string => parseLatexMath(`g = ${text}`).chains[0]!.sides[1]!.node.toString();
    expect(parseLatexMath(`g = ${unicode}`).skipped).toBeFalsy();
    expect(side(unicode)).toBe(side(latex));
  });

  it('judges a ≈ chain and finds a truncated value on it', () => {
    expect(judged('- `a ≈ σ(0.5) ≈ 0.6225`\n- `L ≈ 0.5*(1 - 0.6225)^2 ≈ 0.0712`\n')).toEqual(['1: 0.6225 exact', '2: 0.0712 truncation']);
  });

  it('finds a sign slip in a ⊙ product', () => {
    expect(judged('- `δ ⊙ 2 ≈ [0.1, 0.2] ⊙ 2 = [0.2, -0.4]`\n')).toContain('1: -0.4 erratum');
  });
});

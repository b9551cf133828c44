// The word error differentiated (∂error/∂weight) is the loss: a chain of such factors is judged, a sign slipped into its first factor found on that factor's line.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one tanh neuron: z = 0.8·1.5 + 0.2 = 1.4, a = tanh(1.4) = 0.885352, L = ½(a − 1)²; ∂L/∂a = a − 1 = −0.114648,
// ∂a/∂z = 1 − a² = 0.216152, ∂z/∂w = x = 1.5, ∂L/∂w = −0.0371723
const neuron = derive(loadNetwork('test/verify/resolve/tanh-neuron.yaml'));

/** A plain-text block: the chain for the weight's gradient, its numbers on the next line, the result on the line after. */
const page = (first: string, result: string, extra = ''): string =>
  `# The gradient\n\n\`\`\`\n${extra}∂error/∂weight = ∂error/∂a × ∂a/∂z × ∂z/∂weight\n                = ${first} × 0.2162 × 1.5\n                = ${result}\n\`\`\`\n`;

const judged = (doc: string): string[] =>
  verifyDocument(doc, neuron, { format: 'md' }).claims.filter((c) => c.verdict !== 'unresolved').map((c) => `${c.line} ${c.kind} ${c.printed} ${c.verdict}${c.slip ? ` ${c.slip}` : ''}`);

describe('rule error-word', () => {
  it('reads ∂error/∂x as the loss gradient where the printed values say so', () => {
    const claims = judged(page('-0.1146', '-0.0372'));
    expect(claims).toContain('5 operand -0.1146 exact');
    expect(claims.filter((c) => c.includes('erratum'))).toEqual([]);
  });

  it('finds a sign slipped into the first factor on its own line, and calls the right result right', () => {
    const claims = judged(page('0.1146', '-0.0372'));
    expect(claims.filter((c) => c.includes('erratum'))).toEqual(['5 operand 0.1146 erratum sign']);
    expect(claims.filter((c) => c.startsWith('6 '))).not.toContainEqual(expect.stringContaining('erratum'));
  });

  it('leaves the word alone where the page gives the error a formula of its own (error = t − a)', () => {
    const claims = judged(page('0.1146', '-0.0372', 'error = 1 - 0.8854\n'));
    expect(claims.filter((c) => c.includes('operand 0.1146'))).toEqual([]);
  });

  it('leaves the word alone where its printed derivatives are not the loss gradients', () => {
    const claims = judged(page('-0.2293', '-0.0744'));
    expect(claims.filter((c) => c.includes('operand') || c.includes('value'))).toEqual([]);
  });
});

// Rule document-count and the late defined-by-formula: a count the page sets (N = 1) is that number in its formulas, so
// L = \frac{1}{2N}(y − ŷ)² is the loss once ŷ is the output. Network test/verify/judge/two-two-one.yaml: half-sse loss,
// ∂E/∂w5 = −0.035745.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';
import { documentCounts } from '../../../src/verify/resolve/rules/documentCount.js';
import { parseLatexMath, type MathChain } from '../../../src/verify/read/parseLatexMath.js';

const net = derive(loadNetwork('test/verify/judge/two-two-one.yaml'));
const verdicts = (doc: string, format: 'md' | 'tex' = 'md'): string[] =>
  verifyDocument(doc, net, { format }).claims.map((c) => `${c.printed} ${c.verdict}${c.expected ? ` ${c.expected}` : ''}`);
const chains = (...latex: string[]): MathChain[] => latex.flatMap((l) => {
  const p = parseLatexMath(l);
  return p.skipped ? [] : p.chains;
});

describe('a count the page sets to a whole number', () => {
  it('makes a loss divided by it the network\'s loss (Markdown, N)', () => {
    const doc = 'The loss is $L = \\frac{1}{2N}(y - \\hat{y})^2$ with $N = 1$.\n\n$$\\frac{\\partial L}{\\partial w_5} = -0.0357$$\n';
    // the definition holds and the gradient is judged; N = 1 is the page's count, no claim about the network
    expect(verdicts(doc)).toEqual(['\\frac{1}{2N}(y - \\hat{y})^2 exact 0.035270975', '-0.0357 exact -0.0357']);
  });

  it('reads a LaTeX page\'s J with m examples the same way', () => {
    const doc = '\\[ J = \\frac{1}{2m} (y - \\hat{y})^2, \\qquad m = 1 \\]\n\\[ \\frac{\\partial J}{\\partial w_5} = -0.0375 \\]\n';
    expect(verdicts(doc, 'tex')).toEqual(['\\frac{1}{2m} (y - \\hat{y})^2 exact 0.035270975', '-0.0375 erratum -0.0357']);
  });

  it('judges the number written for \\eta in an update that divides it by a count of one', () => {
    const doc = 'With $m = 1$:\n\n$$w_5 := w_5 - \\frac{\\eta}{m} \\frac{\\partial L}{\\partial w_5} = 0.7 - 0.6 \\cdot (-0.0357)$$\n';
    expect(verdicts(doc).filter((v) => v.startsWith('0.6 '))).toEqual(['0.6 erratum 0.5']);
  });

  it('leaves a loss over four examples unread on a network of one', () => {
    const doc = 'The loss is $L = \\frac{1}{2N}(y - \\hat{y})^2$ with $N = 4$.\n\n$$\\frac{\\partial L}{\\partial w_5} = -0.0357$$\n';
    expect(verdicts(doc).filter((v) => v.includes('erratum'))).toEqual([]);
  });

  it('is a count\'s letter set to one whole number, never another letter, a name with an index or two values', () => {
    const known = (): boolean => false;
    expect([...documentCounts(chains('N = 1', 'm = 3'), known)]).toEqual([['N', 1], ['m', 3]]);
    expect([...documentCounts(chains('Y_{true} = 1', 'x = 1', 'n = 2', 'n = 3', 'N = 0.5'), known)]).toEqual([]);
    expect([...documentCounts(chains('N = 1'), () => true)]).toEqual([]);
  });
});

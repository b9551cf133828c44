// A line that works an earlier line's sum of products one step on (z = 0.2·0.5 + … then z = 0.10 + …): each number is
// judged against the part of the earlier line it replaces. Network test/verify/judge/two-two-one.yaml:
// net_H1 = w1·x1 + w2·x2 + b1 = 0.2·0.5 + 0.4·1.0 + 0.3 = 0.8.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/judge/two-two-one.yaml'));
const verdicts = (doc: string, format: 'md' | 'tex' = 'md'): string[] =>
  verifyDocument(doc, net, { format }).claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.printed} ${c.verdict}${c.expected ? ` ${c.expected}` : ''}`);

describe('a line that works the line before it one step on', () => {
  it('judges each number against the product it replaces (Markdown, \\times)', () => {
    const doc = '$$net_{H1} = 0.2 \\times 0.5 + 0.4 \\times 1.0 + 0.3$$\n\n$$net_{H1} = 0.01 + 0.40 + 0.30 = 0.80$$\n';
    expect(verdicts(doc)).toEqual(['0.01 erratum 0.10']);
  });

  it('judges it in LaTeX with \\cdot and displays on separate lines', () => {
    const doc = '\\[ net_{H1} = 0.2 \\cdot 0.5 + 0.4 \\cdot 1.0 + 0.3 \\]\nthen\n\\[ net_{H1} = 0.10 + 0.04 + 0.30 = 0.80 \\]\n';
    expect(verdicts(doc, 'tex')).toEqual(['0.04 erratum 0.40']);
  });

  it('does not pair a line of another shape with the earlier one', () => {
    // two terms for three: 0.5 is no replaced part of the earlier sum, so nothing is judged against one
    const doc = '$$net_{H1} = 0.2 \\times 0.5 + 0.4 \\times 1.0 + 0.3$$\n\n$$net_{H1} = 0.5 + 0.3 = 0.8$$\n';
    expect(verdicts(doc)).toEqual([]);
  });

  it('does not call a step wrong that the earlier line\'s rounded operands can give', () => {
    // out_H2 = 0.66819 printed 0.67: 0.5 × 0.67 = 0.335 from the printed numbers, 0.334 (0.33) from the unrounded ones
    const doc = '$$net_{Y1} = 0.7 \\times 0.69 + 0.5 \\times 0.67 + 0.2$$\n\n$$net_{Y1} = 0.48 + 0.33 + 0.2 = 1.02$$\n';
    expect(verdicts(doc)).toEqual([]);
  });
});

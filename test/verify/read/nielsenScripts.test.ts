// Nielsen's order of scripts, z^2_1, w^l_{jk}, \delta^3_1: a bare index before a subscript is the layer, never a power.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const side = (latex: string): string => parseLatexMath(`g = ${latex}`).chains[0]!.sides[1]!.node.toString();
const net = derive(loadNetwork('test/verify/read/nielsen-2-2-1.yaml'));

describe('a layer written as a bare superscript before the subscript', () => {
  it('reads z^2_1, w^l_{jk} and \\delta^3_1 as names with a layer, and x^2, e^2 and (a)^2_… as they were', () => {
    expect(side('z^2_1')).toBe(side('z^{(2)}_1'));
    expect(side('w^l_{jk}')).toBe(side('w^{(l)}_{jk}'));
    expect(side('\\delta^3_1')).toBe(side('\\delta^{(3)}_1'));
    // a power stays a power: nothing follows it, or the name already has its subscript
    expect(side('x^2')).toBe('x ^ 2');
    expect(side('a_1^2')).toBe('a_1 ^ 2');
  });

  it('checks a deck in that order against the network, with each slip on its line', () => {
    const doc = [
      '\\[ z^2_1 = w^2_{11} x_1 + w^2_{12} x_2 + b^2_1 = 0.5 \\cdot 1 - 0.3 \\cdot 0.5 + 0.1 = 0.45 \\]',
      '\\[ a^2_1 = \\sigma(z^2_1) = 0.6160 \\]',
      '\\[ \\delta^3_1 = (a^3_1 - y)\\,\\sigma\'(z^3_1) = (0.5569 - 1)(0.2468) = -0.1094 \\]',
      '\\[ w^3_{12} \\leftarrow w^3_{12} - \\eta \\frac{\\partial C}{\\partial w^3_{12}} = -0.4 - 0.01 \\cdot (-0.1361) = -0.3986 \\]',
    ].join('\n');
    const report = verifyDocument(doc, net, { format: 'tex' });
    expect(report.skipped).toEqual([]);
    const roots = report.claims.filter((c) => c.verdict === 'erratum' && c.causedBy === undefined).map((c) => `${c.line} ${c.kind} ${c.slip ?? ''}`.trim());
    expect(roots).toEqual(['2 value transposed-digits', '3 formula', '4 operand wrong-learning-rate']);
  });
});

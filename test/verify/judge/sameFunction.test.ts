// A page's own name for a unit's function (g_ReLU(Z[3])) against that function written out with numbers (max(0, −0.273)):
// the argument is paired with the quantity it stands for (test/verify/public/nafiz-relu-softmax.yaml: Z[3] = [0.378,
// 0.227, −0.273], A[3] = ReLU(Z[3])).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/nafiz-relu-softmax.yaml'));
const doc = (third: string, fn = '\\max(0, X)'): string => {
  const entries = ['0.378', '0.227', third].map((x) => fn.replace('X', x)).join(' \\\\\n');
  return `$$\nA[3] = g_{\\text{ReLU}}(Z[3]) = \\begin{bmatrix}\n${entries}\n\\end{bmatrix} = \\begin{bmatrix}\n0.378 \\\\\n0.227 \\\\\n0\n\\end{bmatrix}\n$$\n`;
};
const errata = (text: string): string[] =>
  verifyDocument(text, net, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line}:${c.column} ${c.printed} ${c.slip ?? ''}`);

describe('a call of the page\'s function name against the function written out', () => {
  it('pairs the argument of max(0, ·) with the net the page\'s g_ReLU reads: a wrong one is flagged, with its kind', () => {
    expect(errata(doc('-0.273'))).toEqual([]);
    expect(errata(doc('-0.723'))).toEqual(['5:9 -0.723 transposed-digits']);
  });

  it('pairs nothing where the side writes another function (tanh is no ReLU): its numbers are no operands', () => {
    const claims = verifyDocument(doc('-0.723', '\\tanh(X)'), net, { format: 'md' }).claims;
    expect(claims.filter((c) => c.kind === 'operand')).toEqual([]);
  });
});

// z_1[0], z_1[1]: after a number subscript, brackets index the entry of layer 1's vector, and a family the page counts from 0 is read so.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// x = [1.5, −0.5] → two ReLU units (nets 0.35 and −1.95) → one linear output, row-vector names a1_0, a1_1 (clip-relu's network)
const net = derive(loadNetwork('test/verify/public/clip-relu.yaml'));
const verdicts = (md: string): string[] => verifyDocument(md, net, { format: 'md' }).claims.map((c) => `${c.line}: ${c.printed} ${c.verdict}`);

describe('entries counted from 0 in brackets', () => {
  it('reads z_1[0] as entry 0 of layer 1 and W[1] (no subscript) as layer 1', () => {
    expect(parseLatexMath('z_1[0] = 0.35').chains[0]!.sides[0]!.node.toString()).toBe('z_0^(1)');
    expect(parseLatexMath('W[1] = 2').chains[0]!.sides[0]!.node.toString()).toBe('W^(1)');
  });

  it('judges z_1[0], z_1[1] and the printed vector z_1 as the two units, first and second', () => {
    const md = '$$z_1[0] = 0.35$$\n\n$$z_1[1] = -1.95$$\n\n$$z_1 = \\begin{bmatrix} 0.35 & -1.95 \\end{bmatrix}$$\n\n$$a_1[1] = \\max(0, -1.95) = 0.00$$\n';
    expect(verdicts(md).filter((v) => !v.endsWith('exact'))).toEqual([]);
  });

  it('still finds a wrong entry', () => {
    expect(verdicts('$$z_1[0] = 0.35$$\n\n$$z_1[1] = -1.59$$\n')).toContain('3: -1.59 erratum');
  });

  it('keeps the count from 1 where index 0 is a bias unit worth 1 (Ng)', () => {
    const md = '$$z^{(1)}_1 = 0.35$$\n\n$$z^{(1)}_2 = -1.95$$\n\n$$a^{(1)}_0 = 1$$\n';
    expect(verdicts(md).slice(0, 2)).toEqual(['1: 0.35 exact', '3: -1.95 exact']);
  });
});

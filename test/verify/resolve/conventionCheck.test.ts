// The convention rule on small pages of our own: names the network's notation or a layer shift read are checked against
// the page's formulas and values, taken in another reading where that one holds, left unread where none or several do,
// and never moved for one slip. Network: 2-2-1 sigmoid (x = 1, 0.5; hidden nets 0.45, 0.5; outputs 0.6106, 0.6225;
// output net 0.2285, output 0.5569), in layered notation (inputs layer 1, a the output, z the net input).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { createNetworkView } from '../../../src/verify/network/networkView.js';
import { readDocument } from '../../../src/verify/read/readDocument.js';
import { resolveNames } from '../../../src/verify/resolve/resolveNames.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const dir = join(import.meta.dirname, '../conventions');
const layered = derive(loadNetwork(join(dir, 'net221-layered.yaml')));
const ng = derive(loadNetwork(join(dir, 'net221-ng.yaml')));
const bound = (doc: string, name: string, net = layered): string => {
  const b = resolveNames(readDocument(doc), createNetworkView(net)).get(name);
  return b === undefined ? 'none' : 'id' in b ? `${b.id} (${b.rule})` : 'refused' in b ? `refused (${b.rule}): ${b.refused}` : `${b.constant} (${b.rule})`;
};
const errata = (doc: string, net = layered): number[] => verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum').map((c) => c.line);

// a is the net input (Bishop): the page's own sums say so, against the layered network's a = output
const BISHOP = [
  '$$a^{(1)}_1 = w^{(1)}_{11} x_1 + w^{(1)}_{12} x_2 + w^{(1)}_{10} = 0.45$$',
  '$$a^{(1)}_2 = w^{(1)}_{21} x_1 + w^{(1)}_{22} x_2 + w^{(1)}_{20} = 0.5$$',
  '$$a^{(2)}_1 = 0.2285$$',
].join('\n\n');

describe('the convention rule', () => {
  it('reads a as the net input where the page\'s sums and values hold only so', () => {
    expect(bound(BISHOP, 'a_1^(2)')).toBe('v$net_o1 (convention)');
    expect(bound(BISHOP, 'a_2^(1)')).toBe('v$net_h2 (convention)');
    expect(bound(BISHOP, 'w_10^(1)')).toBe('v$b1_1 (convention)');
    expect(errata(BISHOP)).toEqual([]);
  });

  it('says in --explain which reading it took', () => {
    const names = verifyDocument(BISHOP, layered, { format: 'md' }).names;
    expect(names.find((n) => n.name === 'a_1^(2)')).toMatchObject({ rule: 'convention', reading: expect.stringContaining('a the net input, z the output, the inputs layer 0') });
    expect(names.find((n) => n.name === 'w_10^(1)')?.reading).toContain('the bias as w_{j0}');
  });

  it('does the same against the network in Ng\'s notation (inputs layer 0)', () => {
    expect(bound(BISHOP, 'a_1^(2)', ng)).toBe('v$net_o1 (convention)');
    expect(errata(BISHOP, ng)).toEqual([]);
  });

  it('reads ∂E/∂a^{(2)}_1 by what a^{(2)}_1 was found to be, not by the network\'s own name', () => {
    expect(bound(`${BISHOP}\n\n$$\\frac{\\partial E}{\\partial a^{(2)}_1} = -0.2187$$`, '∂E/∂a_1^(2)')).toMatch(/net_o1 \(convention\)$/);
  });

  it('keeps the network\'s own names where the page follows them, and calls one wrong value wrong', () => {
    const doc = '$$z^{(2)}_1 = w^{(2)}_{11} x_1 + w^{(2)}_{12} x_2 + b^{(2)}_1 = 0.45$$\n\n$$a^{(2)}_1 = \\sigma(z^{(2)}_1) = 0.6016$$\n\n$$z^{(3)}_1 = 0.2285$$\n';
    expect(bound(doc, 'a_1^(2)')).toBe('v$out_h1 (layer-index)');
    expect(errata(doc)).toEqual([3]);
  });

  it('does not move a name for one equation that fails (a single slip is an erratum)', () => {
    expect(bound('$$a^{(2)}_1 = 0.45$$\n', 'a_1^(2)')).toMatch(/out_h1/);
    expect(errata('$$a^{(2)}_1 = 0.45$$\n')).toEqual([1]);
  });

  it('leaves names unread, with the reason, where no formula of the page holds under any reading', () => {
    const doc = ['$$a^{(2)}_1 = w^{(2)}_{11} x_1 + w^{(2)}_{12} x_2 = 0.9$$', '$$a^{(2)}_2 = w^{(2)}_{21} x_1 + w^{(2)}_{22} x_2 = 0.1$$', '$$a^{(3)}_1 = 0.3$$'].join('\n\n');
    expect(bound(doc, 'a_1^(2)')).toMatch(/^refused \(convention\): under no reading/);
    expect(errata(doc)).toEqual([]);
  });
});

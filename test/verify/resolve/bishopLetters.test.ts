// Bishop's letters in the network's own names: h(·) is the activation applied to a net the table knows, and a y_k the
// page defines by a formula (y_1 = h(z)) is read by that formula, not refused as a target whose values do not fit.
// Network: the 2-2-1 sigmoid of test/verify/conventions (a_1^{(2)} = σ(0.45) = 0.6106; output 0.5569; target y = 1).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork(join(import.meta.dirname, '../conventions/net221-layered.yaml')));
const claims = (doc: string): string[] => verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.kind} ${c.printed ?? ''} ${c.verdict}`.replace(/\s+/g, ' '));

describe("Bishop's letters", () => {
  it('reads h(z) as the unit\'s output, and judges its value', () => {
    expect(claims('$$a^{(2)}_1 = h(z^{(2)}_1) = 0.6106$$\n')).toEqual(['formula h(z^{(2)}_1) exact', 'value 0.6106 exact']);
    expect(claims('$$a^{(2)}_1 = h(z^{(2)}_1) = 0.6016$$\n')).toContain('value 0.6016 erratum');
  });

  it('reads y_1 by its formula where its printed value is no target', () => {
    expect(claims('$$y_1 = \\sigma(z^{(3)}_1) = 0.5569$$\n\n$$E = (y_1 - y)^2 = 0.1964$$\n').filter((c) => c.endsWith('unresolved'))).toEqual([]);
  });

  it('still reads y_1 as the target where nothing defines it otherwise and its value fits', () => {
    expect(claims('$$y_1 = 1$$\n\n$$E = (a^{(3)}_1 - y_1)^2 = 0.1964$$\n').filter((c) => !c.endsWith('exact'))).toEqual([]);
  });
});

// w(0), w(1), w(2): a bare letter of a whole number is the quantity at that step (Orr's lecture writes w(t) for the
// weight at the t-th iteration); bound to a trainable parameter, it is that parameter after t updates under the file's
// optimizer, so a row whose label counts the wrong step is an erratum that says which step its value belongs to.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const sgd = derive(loadNetwork('test/verify/public/gorr-momentum.yaml'));
const momentum = derive(loadNetwork('test/verify/public/gorr-momentum-b.yaml'));
const errata = (doc: string, net = sgd): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.printed} ${c.expected}`);

describe('w(t) as the weight after t steps', () => {
  it('reads w(2) as a call, a(1 - a) and 0.5(2) as products', () => {
    expect(parseLatexMath('w(2) = 3.6').chains[0]!.sides[0]!.node.type).toBe('FunctionNode');
    expect(parseLatexMath('a(1 - a) = 0.25').chains[0]!.sides[0]!.node.type).not.toBe('FunctionNode');
    expect(parseLatexMath('w_1(2) = 3.6').chains[0]!.sides[0]!.node.type).not.toBe('FunctionNode');
  });

  it('judges each step against the parameter after that many updates', () => {
    const doc = ['Steps:', '', '- \\( w(0) = 10 \\)', '- \\( w(1) = 10 - 16 = -6 \\)', '- \\( w(2) = -6 + 9.6 = 3.6 \\)', '- \\( w(3) = 3.6 - 5.76 = -2.16 \\)', ''].join('\n');
    expect(errata(doc)).toEqual([]);
    const claims = verifyDocument(doc, sgd, { format: 'md' }).claims.filter((c) => c.kind === 'value').map((c) => `${c.printed} ${c.verdict}`);
    expect(claims).toEqual(['10 exact', '-6 exact', '3.6 exact', '-2.16 exact']);
  });

  it('finds a label that counts the wrong step, and follows the file\'s optimizer (momentum 0.1)', () => {
    const start = 'Steps:\n\n- \\( w(0) = 10 \\), \\( w(1) = 10 - 16 = -6 \\)\n';
    expect(errata(`${start}- \\( w(2) = 3.6 - 5.76 = -2.16 \\)\n`)).toEqual(['4 -2.16 3.60']);
    expect(errata(`${start}- \\( w(2) = -6 + 8 = 2 \\)\n`, momentum)).toEqual([]);
    expect(errata(`${start}- \\( w(2) = -6 + 9.6 = 3.6 \\)\n`, momentum).map((e) => e.split(' ')[1])).toContain('3.6');
  });
});

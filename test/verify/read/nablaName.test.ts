// \nabla L without a subscript is a gradient name of its own: unresolved where the document does not say with respect
// to what, resolved where it does; never a skipped equation.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const read = (latex: string): string => {
  const p = parseLatexMath(latex);
  return p.skipped ? `SKIP: ${p.reason}` : p.chains.map((c) => c.sides.map((s) => s.node.toString()).join(' = ')).join(' ; ');
};
const verdicts = (doc: string): string[] => verifyDocument(doc, mazur, { format: 'md' }).claims.map((c) => `${c.line} ${c.kind} ${c.printed} ${c.verdict}`);

describe('\\nabla without a subscript', () => {
  it.each([
    ['v = 0.9 v + 0.1 \\nabla L', 'v = 0.9 v + 0.1 nablaL'],
    ['\\nabla E(w) = 0.08', 'partial(E, w) = 0.08'],
    ['\\theta^{(1)} = \\theta^{(0)} - \\alpha \\nabla J(\\theta^{(0)})', 'theta^(1) = theta^(0) - alpha nablaJ^(0)'],
    ['\\nabla_{w_5} E = 0.08', 'partial(E, w_5) = 0.08'],
    ['\\nabla (a + b) = 1', 'SKIP: \\nabla of an expression (not a name) is not read'],
  ])('reads %j as %j', (latex, expected) => {
    expect(read(latex)).toBe(expected);
  });

  it('leaves ∇E unresolved where the document does not say which gradient it is', () => {
    expect(verdicts('$$\\nabla E = 0.0821$$\n')).toEqual(['1 value 0.0821 unresolved']);
  });

  it('resolves ∇E where the document defines it as a derivative, and judges its value', () => {
    const doc = ['$$\\nabla E = \\frac{\\partial E_{total}}{\\partial w_5}$$', '', '$$\\nabla E = 0.0822$$', '', '$$\\nabla E = 0.0832$$', ''].join('\n');
    // ∂E_total/∂w_5 = 0.082167 in Mazur's network
    expect(verdicts(doc).filter((v) => !v.startsWith('1 '))).toEqual(['3 value 0.0822 exact', '5 value 0.0832 erratum']);
  });
});

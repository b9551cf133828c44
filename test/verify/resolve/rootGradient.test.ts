// A page's ∂r/∂y (or dr/dy) of the root r of a graph where y reaches r along two paths is r's derivative along both (the
// gradient), not the root's local factor that prints alike. Graph from test/verify/public/habernal-ex2.yaml: r = x·y + y
// at x = 1, y = 2 (∂r/∂y = x + 1 = 2; the local factor of the sum node is 1).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/habernal-ex2.yaml'));
const said = (doc: string): string[] => verifyDocument(doc, net, { format: 'tex' }).claims.map((c) => `${c.printed} ${c.verdict}`);

describe("the root's derivative by a name that has two paths", () => {
  it('reads dr/dy as the gradient along both paths', () => {
    expect(said('\\[ \\frac{dr}{dy} = 2 \\]')).toEqual(['2 exact']);
    expect(said('\\[ \\frac{\\partial r}{\\partial y} = 2 \\]')).toEqual(['2 exact']);
    expect(said('\\[ \\frac{dr}{dy} = 1 \\]')).toEqual(['1 erratum']);
  });
});

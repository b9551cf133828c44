// Layers of ten units or more in the layered notation: w_{11,1}^{(2)} and w_{1,11}^{(2)} are two weights that derive
// names apart and verify must not take for one another (a 4-12-12-3 derivation gave 41 false errata before).
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';
import { starterNetwork } from '../../src/definition/starterNetwork.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const text = starterNetwork({ shape: [11, 11, 1], activation: 'sigmoid', notation: 'layered', loss: 'half-sse', learningRate: 0.5, seed: 5, schema: 'network.schema.json' });
const doc = derive(parseNetwork(text, 'wide.yaml'), { maxEquations: 100000 });

describe('an 11-11-1 network in the layered notation', () => {
  it('names the weights of unit 11 from input 1 and of unit 1 from input 11 apart', () => {
    const names = new Set([...doc.derivation.graph.nodes.keys()].map((id) => doc.notation.node(id).tex));
    expect(names.has('w_{11,1}^{(2)}')).toBe(true);
    expect(names.has('w_{1,11}^{(2)}')).toBe(true);
  });

  it.each(['md', 'tex', 'txt'] as const)('verifies its own %s derivation: every claim exact, w_{11,1} and w_{1,11} told apart', (format) => {
    const report = verifyDocument(emit(doc, format), doc, { format });
    expect(report.claims.filter((c) => c.verdict !== 'exact')).toEqual([]);
    expect(report.claims.length).toBeGreaterThan(2900);
  });

  it('keeps the comma only where an index has two digits: w_{1,2} is still w_12', () => {
    const keys = (tex: string) => verifyDocument(`$$${tex} = 0.5$$`, doc, { format: 'md' }).claims.map((c) => c.quantity);
    expect(keys('w_{1,11}^{(2)}')).not.toEqual(keys('w_{11,1}^{(2)}'));
    expect(keys('w_{1,2}^{(2)}')).toEqual(keys('w_{12}^{(2)}'));
    expect(keys('w_{12}^{(2)}')).toEqual([expect.stringMatching(/w/)]);
  });
});

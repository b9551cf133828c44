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

  it('verifies its own derivation with no erratum: names verify cannot tell apart are left unresolved', () => {
    const report = verifyDocument(emit(doc, 'md'), doc, { format: 'md' });
    expect(report.claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'truncation')).toEqual([]);
    expect(report.claims.filter((c) => c.verdict === 'exact').length).toBeGreaterThan(0.9 * report.claims.length);
  });
});

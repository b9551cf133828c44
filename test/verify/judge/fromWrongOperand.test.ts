// A value within rounding of the exact one that the document's formula gives only from a number it printed wrong is that erratum's consequence, not a rounding.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// Mazur's 2-2-2: ∂E/∂w1 = 0.00043856773…, w1⁺ = 0.15 − 0.5 · ∂E/∂w1 = 0.14978071613…
const net = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const run = (gradient: string, updated: string) =>
  verifyDocument(`$$\\frac{\\partial E}{\\partial w_1} = ${gradient}$$\n\n$$w_1^{+} = w_1 - \\eta \\frac{\\partial E}{\\partial w_1} = ${updated}$$`, net, { format: 'md' });

describe('a value carried from an operand printed wrong', () => {
  it('is an erratum that follows from the operand, not rounding-propagation', () => {
    const r = run('0.0004385676', '0.1497807162');
    const root = r.claims.find((c) => c.line === 1)!;
    const value = r.claims.find((c) => c.line === 3 && c.kind === 'value')!;
    expect(value.verdict).toBe('erratum');
    expect(value.causedBy).toBe(root.id);
    expect(r.errors).toEqual({ roots: 1, consequences: 1 });
  });

  it('leaves a value right from a right operand exact', () => {
    const r = run('0.0004385677', '0.1497807161');
    expect(r.claims.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact']);
  });
});

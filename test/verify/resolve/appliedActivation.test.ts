// σ(2) and σ(z)(1 − σ(z)) where the network's node is itself called sigma: the sigmoid applied to the argument, not
// the node's value times it; σ(1 − σ), whose argument reads the name, stays a product. Network: z = 2 → sigma =
// 1/(1 + e^{−z}) = 0.880797, dσ/dz = 0.104994.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(parseNetwork('inputs: { z: 2 }\nparameters: {}\ngraph:\n  sigma: 1 / (1 + exp(-z))\noutput: sigma\n', 'sigma.yaml'));
const verdicts = (doc: string): string[] => verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.kind} ${c.printed} ${c.verdict}`);

describe('an activation written as a call on a node of the same name', () => {
  it('applies it to a number: σ(2) = 0.881', () => {
    expect(verdicts('$\\sigma(2) = 0.881$\n')).toEqual(['arithmetic 0.881 exact']);
  });

  it('applies it to the node\'s input in a formula: dσ/dz = σ(z)(1 − σ(z))', () => {
    expect(verdicts('$$\\frac{d\\sigma}{dz} = \\sigma(z)(1 - \\sigma(z)) = 0.105$$\n')).toEqual(['formula \\sigma(z)(1 - \\sigma(z)) exact', 'value 0.105 exact']);
  });

  it('keeps σ(1 − σ) a product of the node with 1 − itself', () => {
    expect(verdicts('$$\\frac{d\\sigma}{dz} = \\sigma(1 - \\sigma) = 0.105$$\n')).toEqual(['formula \\sigma(1 - \\sigma) exact', 'value 0.105 exact']);
  });

  it('still calls a wrong value wrong (σ(2) = 0.818)', () => {
    expect(verdicts('$\\sigma(2) = 0.818$\n')).toEqual(['arithmetic 0.818 erratum']);
  });
});

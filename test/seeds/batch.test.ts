// Several training examples in one file: the batch gradient is the sum or the mean of the examples' gradients.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, parseNetwork } from '../../src/api.js';

const single = (x1: number, x2: number, t: number): string => `
inputs: { x1: ${x1}, x2: ${x2} }
targets: { o1: ${t} }
parameters: { w1: 0.5, w2: -0.5, b: 0.1 }
layers:
  - neurons:
      o1: { weights: { w1: x1, w2: x2 }, bias: b }
`;
const gradients = (text: string): Record<string, number> => {
  const doc = derive(parseNetwork(text));
  return Object.fromEntries(['w1', 'w2', 'b'].map((w) => [w, doc.valuation.exact(`g$${w}`)]));
};

describe('batch examples', () => {
  const one = gradients(single(1, 0, 1));
  const two = gradients(single(0, 1, 0));
  const mean = derive(loadNetwork('fixtures/batch-2-1.yaml'));
  const sumDef = loadNetwork('fixtures/batch-2-1.yaml');
  sumDef.spec.batch = 'sum';
  const sum = derive(sumDef);

  it.each(['w1', 'w2', 'b'])('gives ∂E/∂%s as the mean of the two examples\' gradients with batch: mean', (w) => {
    expect(mean.valuation.exact(`g$${w}`)).toBeCloseTo((one[w]! + two[w]!) / 2, 14);
  });

  it.each(['w1', 'w2', 'b'])('gives ∂E/∂%s as their sum with batch: sum', (w) => {
    expect(sum.valuation.exact(`g$${w}`)).toBeCloseTo(one[w]! + two[w]!, 14);
  });

  it('writes the mean as 1/2 · (E_o1_e1 + E_o1_e2) and names each example\'s delta', () => {
    const txt = emit(mean, 'txt');
    expect(txt).toContain('E_total = 1/2 · (E_o1_e1 + E_o1_e2)');
    expect(txt).toContain('∂E_total/∂w1 = δ_o1_e1 · ∂net_o1_e1/∂w1 + δ_o1_e2 · ∂net_o1_e2/∂w1');
  });

  it('refuses examples with different inputs', () => {
    const text = `inputs: {}\nexamples:\n  - { inputs: { x1: 1 }, targets: { o1: 1 } }\n  - { inputs: { x2: 1 }, targets: { o1: 0 } }\nparameters: { w1: 1 }\nlayers:\n  - neurons:\n      o1: { weights: { w1: x1 } }\n`;
    expect(() => derive(parseNetwork(text, 'net.yaml'))).toThrow('example 2 has other inputs than example 1 (x1)');
  });
});

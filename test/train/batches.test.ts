// Online and mini-batch SGD: one online epoch equals N single-example derive-and-update runs in file order (property);
// mini-batches of k average (or sum) their examples' gradients; --shuffle --seed is repeatable; epochs and steps apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetwork, train } from '../../src/api.js';
import { deriveGraph } from '../../src/derive/deriveGraph.js';
import { compileDerivation } from '../../src/evaluate/evaluateDerivation.js';
import { iterate } from '../../src/evaluate/iterate.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';

interface Example { inputs: Record<string, number>; targets: Record<string, number> }

const networkText = (examples: Example[], params: Record<string, number>, batch: 'sum' | 'mean'): string => JSON.stringify({
  inputs: {}, examples, batch, parameters: params, learning_rate: 0.7,
  layers: [
    { activation: 'tanh', neurons: { h1: { weights: { w1: 'x1', w2: 'x2' }, bias: 'b1' }, h2: { weights: { w3: 'x1', w4: 'x2' }, bias: 'b2' } } },
    { activation: 'sigmoid', neurons: { o1: { weights: { w5: 'h1', w6: 'h2' }, bias: 'b3' } } },
  ],
});

/** The derive path on one example: the derivation's own update quantities (w⁺ = w − η ∂E/∂w), one round. */
function deriveAndUpdate(example: Example, params: Record<string, number>): Record<string, number> {
  const def = parseNetwork(JSON.stringify({ ...JSON.parse(networkText([example], params, 'sum')), examples: undefined, inputs: example.inputs, targets: example.targets }));
  const d = deriveGraph(compileNetwork(def));
  return iterate(d, compileDerivation(d), 1)[0]!.params;
}

const value = fc.double({ min: -2, max: 2, noNaN: true });
const example = fc.record({ inputs: fc.record({ x1: value, x2: value }), targets: fc.record({ o1: fc.double({ min: 0, max: 1, noNaN: true }) }) });
const params = fc.record({ w1: value, w2: value, w3: value, w4: value, w5: value, w6: value, b1: value, b2: value, b3: value });

describe('online SGD (--batch-size 1)', () => {
  it('one epoch equals N single-example derive-and-update runs, in file order', () => {
    fc.assert(fc.property(fc.array(example, { minLength: 1, maxLength: 4 }), params, fc.constantFrom('sum' as const, 'mean' as const), (examples, p, batch) => {
      const result = train(parseNetwork(networkText(examples, p, batch)), { epochs: 1, batchSize: 1 });
      let expected: Record<string, number> = p;
      for (const ex of examples) expected = deriveAndUpdate(ex, expected);
      const n = result.run.params.length;
      result.run.params.forEach((id, i) => {
        const got = result.run.weights[examples.length * n + i]!;
        expect(Math.abs(got - expected[id]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected[id]!)));
      });
    }), { numRuns: 8 });
  });
});

describe('mini-batches', () => {
  const examples: Example[] = [0, 1, 2, 3, 4].map((i) => ({ inputs: { x1: i / 4, x2: 1 - i / 3 }, targets: { o1: i % 2 } }));
  const p = { w1: 0.1, w2: -0.2, w3: 0.3, w4: 0.4, w5: -0.5, w6: 0.6, b1: 0, b2: 0.1, b3: -0.1 };
  it('batches of 2 of 5 examples take 3 steps an epoch; the third batch is example 5 alone; mean divides by the batch', () => {
    const result = train(parseNetwork(networkText(examples, p, 'mean')), { epochs: 2, batchSize: 2, format: 'json', every: 1 });
    const doc = JSON.parse(result.table('json')) as { stepsPerEpoch: number; batchSize: number; epochs: number; steps: { step: number; epoch: number; examples?: number[]; parameters: Record<string, number> }[] };
    expect([doc.stepsPerEpoch, doc.batchSize, doc.epochs]).toEqual([3, 2, 2]);
    expect(doc.steps.map((s) => s.examples)).toEqual([[1, 2], [3, 4], [5], [1, 2], [3, 4], [5], undefined]);
    expect(doc.steps[3]!.epoch).toBe(1);
    // Step 3 (example 5 alone, mean of one) is the derive path's update on example 5.
    const after = deriveAndUpdate(examples[4]!, doc.steps[2]!.parameters);
    for (const [id, v] of Object.entries(after)) expect(doc.steps[3]!.parameters[id]).toBeCloseTo(v, 12);
  });
  it('--shuffle with a seed gives the same order every run and another order for another seed', () => {
    const order = (seed: number): unknown => {
      const r = train(parseNetwork(networkText(examples, p, 'sum')), { epochs: 2, batchSize: 1, shuffle: true, seed, format: 'json', every: 1 });
      return (JSON.parse(r.table('json')) as { steps: { examples?: number[] }[] }).steps.map((s) => s.examples?.[0]);
    };
    expect(order(7)).toEqual(order(7));
    expect(order(7)).not.toEqual(order(8));
    expect((order(7) as number[]).slice(0, 5).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

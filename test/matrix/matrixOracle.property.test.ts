// Oracle test: on random dense networks every matrix equation's formula, recomputed by plain matrix arithmetic, gives its printed result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../src/api.js';
import { matrixMismatches } from '../helpers/matrixOracle.js';

const HIDDEN: unknown[] = ['sigmoid', 'tanh', 'relu', 'linear', { type: 'leaky-relu', slope: 0.1 }, { type: 'custom', expr: 'x / (1 + abs(x))' }];
const OUTPUT: [unknown, unknown][] = [
  ['sigmoid', 'half-sse'], ['tanh', 'sse'], ['linear', 'mse'], ['sigmoid', 'binary-cross-entropy'], ['softmax', 'cross-entropy'],
  ['sigmoid', 'cross-entropy'], ['linear', { type: 'custom', expr: '(t - o)^2 / 2' }], ['softmax', 'half-sse'],
];
const weight = fc.integer({ min: -2000, max: 2000 }).map((k) => k / 1000 + 0.0007);
const netArb = fc.record({
  widths: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 }),
  hidden: fc.array(fc.constantFrom(...HIDDEN), { minLength: 3, maxLength: 3 }),
  output: fc.constantFrom(...OUTPUT),
  examples: fc.integer({ min: 1, max: 3 }),
  batch: fc.constantFrom('mean', 'sum'),
  sharedBias: fc.boolean(),
  frozen: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  notation: fc.constantFrom('mazur', 'layered', 'ng', 'row-major'),
  values: fc.array(weight, { minLength: 100, maxLength: 100 }),
});

type Drawn = typeof netArb extends fc.Arbitrary<infer T> ? T : never;

function buildSpec(n: Drawn): object {
  let k = 0;
  const next = (): number => n.values[k++ % n.values.length]!;
  const inputNames = Array.from({ length: n.widths[0]! }, (_, i) => `x${i + 1}`);
  const parameters: Record<string, number> = {};
  const frozen: string[] = [];
  let previous = inputNames;
  const layers = n.widths.slice(1).map((width, li) => {
    const last = li === n.widths.length - 2;
    const units = Array.from({ length: width }, (_, j) => `u${li + 1}_${j + 1}`);
    const neurons: Record<string, object> = {};
    for (const u of units) {
      const weights: Record<string, string> = {};
      for (const p of previous) {
        const w = `w_${u}_${p}`;
        parameters[w] = next();
        if (n.frozen[Object.keys(parameters).length % 40]) frozen.push(w);
        weights[w] = p;
      }
      const bias = n.sharedBias ? `b${li + 1}` : `b_${u}`;
      parameters[bias] = next() / 4;
      neurons[u] = { weights, bias };
    }
    previous = units;
    return { activation: last ? n.output[0] : n.hidden[li], neurons };
  });
  const probabilities = n.output[1] === 'cross-entropy' || n.output[1] === 'binary-cross-entropy';
  const target = (): number => (probabilities ? Math.abs(next()) / 2.1 : next() / 2);
  const examples = Array.from({ length: n.examples }, () => ({
    inputs: Object.fromEntries(inputNames.map((x) => [x, next()])),
    targets: Object.fromEntries(previous.map((u) => [u, target()])),
  }));
  const data = n.examples === 1 ? { inputs: examples[0]!.inputs, targets: examples[0]!.targets } : { inputs: {}, examples, batch: n.batch };
  return { ...data, parameters, frozen, layers, loss: n.output[1], learning_rate: 0.1, notation: n.notation };
}

describe('the matrix form', () => {
  it('prints results that its formulas give from its printed operands (random networks, every convention, batches, shared and frozen parameters)', () => {
    fc.assert(
      fc.property(netArb, (n) => {
        const doc = derive(parseNetwork(JSON.stringify(buildSpec(n)), 'random.json'), { form: 'matrix' });
        expect(matrixMismatches(doc.matrix!, doc.valuation)).toEqual([]);
      }),
      { numRuns: Number(process.env.MATRIX_RUNS ?? 60), seed: 18 },
    );
  });
});

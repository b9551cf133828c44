// A layer written as a weight matrix derives exactly as the same layer written neuron by neuron, with init's names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';
import { ROOT } from '../helpers/cli.js';
import type { InputError } from '../../src/util/errors.js';

const MAZUR_AS_MATRICES = `title: A Step by Step Backpropagation Example
notation: mazur
inputs: { i1: 0.05, i2: 0.10 }
targets: { o1: 0.01, o2: 0.99 }
frozen: [b1, b2]
layers:
  - name: hidden
    activation: sigmoid
    weights: [[0.15, 0.20], [0.25, 0.30]]
    biases: 0.35
  - name: output
    activation: sigmoid
    weights: [[0.40, 0.45], [0.50, 0.55]]
    biases: 0.60
loss: half-sse
learning_rate: 0.5
`;

const layerError = (layers: string, inputs = '{ x1: 1, x2: 2 }'): string => {
  try {
    parseNetwork(`inputs: ${inputs}\ntargets: { y: 1 }\nlayers:\n${layers}`, 'm.yaml');
  } catch (e) {
    const { line, col } = (e as InputError).location;
    return `${line}:${col}: ${(e as Error).message}`;
  }
  return 'no error';
};

describe('a layer written as a weight matrix', () => {
  it("is Mazur's network: the same ids, the same derivation, every number equal", () => {
    const fromMatrices = derive(parseNetwork(MAZUR_AS_MATRICES, 'mazur-2-2-2.yaml'));
    const fromNeurons = derive(parseNetwork(readFileSync(join(ROOT, 'fixtures/mazur-2-2-2.yaml'), 'utf8'), 'mazur-2-2-2.yaml'));
    expect(emit(fromMatrices, 'txt')).toBe(emit(fromNeurons, 'txt'));
  });

  it('names units h1.. and o1.. (or the target ids, or its own units) and biases one per unit', () => {
    const def = parseNetwork('inputs: { a: 1, b: 2 }\ntargets: { t1: 0, t2: 1 }\nlayers:\n  - weights: [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]\n    biases: [1, 2, 3]\n  - weights: [[1, 2, 3], [4, 5, 6]]\n    units: [p, q]\n', 'm.yaml');
    const [hidden, out] = def.spec.layers!;
    expect(Object.keys(hidden!.neurons)).toEqual(['h1', 'h2', 'h3']);
    expect(hidden!.neurons.h2).toEqual({ weights: { w3: 'a', w4: 'b' }, bias: 'b2' });
    expect(Object.keys(out!.neurons)).toEqual(['p', 'q']);
    expect(out!.neurons.q!.weights).toEqual({ w10: 'h1', w11: 'h2', w12: 'h3' });
    expect(def.spec.parameters).toMatchObject({ w1: 0.1, w12: 6, b1: 1, b3: 3 });
  });

  it('skips ids the file already uses and keeps fractions for --exact', () => {
    const def = parseNetwork('inputs: { x: 1 }\ntargets: { o1: 0 }\nparameters: { w1: 0.5 }\nlayers:\n  - neurons: { h1: { weights: { w1: x } } }\n  - weights: [["1/3"]]\n    biases: ["2/7"]\n', 'f.yaml');
    expect(def.spec.layers![1]!.neurons.o1).toEqual({ weights: { w2: 'h1' }, bias: 'b1' });
    expect(def.fractions).toMatchObject({ w2: '1/3', b1: '2/7' });
    expect(def.spec.parameters.w2).toBeCloseTo(1 / 3, 15);
  });

  it('refuses a matrix of the wrong shape at the row or field that is wrong', () => {
    expect(layerError('  - weights: [[0.1, 0.2], [0.3]]\n  - weights: [[1, 1]]\n')).toBe('4:27: row 2 of the weight matrix has 1 weight, but the layer before has 2 units (x1, x2): one column per unit');
    expect(layerError('  - weights: [[0.1, 0.2]]\n    biases: [1, 2]\n')).toMatch(/^5:13: 2 biases for 1 unit: give one per unit, or one number shared by the layer/);
    expect(layerError('  - weights: [[0.1, 0.2]]\n    units: [a, b]\n')).toMatch(/^5:12: 2 unit ids for a weight matrix of 1 row \(one row per unit\)/);
    expect(layerError('  - weights: [[0.1, 0.2]]\n    neurons: { y: { weights: { w: x1 } } }\n')).toContain("a layer has 'neurons' or 'weights', not both");
    expect(layerError('  - activation: tanh\n')).toContain("a layer needs 'neurons' (by id) or 'weights' (a matrix, one row per unit)");
    expect(layerError('  - neurons: { y: { weights: { w: x1 } } }\n    biases: [1]\n')).toContain("'biases' goes with a weight matrix");
  });
});

// generateNetworkSpec: deterministic from its seed, dense, valid names, and accepted by the schema.
import { describe, expect, it } from 'vitest';
import { defineGenerated, generateNetworkSpec } from '../../bench/generateNetwork.js';
import { Identifier } from '../../src/definition/schema.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';

describe('generateNetworkSpec', () => {
  it('gives the same spec for the same seed and a different one for another seed', () => {
    const a = generateNetworkSpec({ shape: [5, 4, 3], activation: 'tanh', seed: 42 });
    expect(generateNetworkSpec({ shape: [5, 4, 3], activation: 'tanh', seed: 42 })).toEqual(a);
    expect(generateNetworkSpec({ shape: [5, 4, 3], activation: 'tanh', seed: 43 }).parameters).not.toEqual(a.parameters);
  });

  it.each([
    [[2, 2, 2], 2 * 2 + 2 + 2 * 2 + 2],
    [[784, 100, 10], 79_510],
    [[8, 8, 8, 8], 216],
  ])('a %j network has %i parameters, every one a valid name', (shape, count) => {
    const spec = generateNetworkSpec({ shape, activation: 'sigmoid', seed: 1 });
    const names = Object.keys(spec.parameters);
    expect(names).toHaveLength(count);
    expect(names.every((n) => Identifier.safeParse(n).success && !n.includes('$'))).toBe(true);
  });

  it('names units x1.., h<layer>_<j>, o1.. and keeps weights small and targets in (0, 1)', () => {
    const spec = generateNetworkSpec({ shape: [3, 4, 2], activation: 'sigmoid', seed: 9, loss: 'mse' });
    expect(Object.keys(spec.inputs)).toEqual(['x1', 'x2', 'x3']);
    expect(Object.keys(spec.layers![0]!.neurons)).toEqual(['h1_1', 'h1_2', 'h1_3', 'h1_4']);
    expect(spec.layers![1]!.neurons.o2).toEqual({ weights: { w2_2_1: 'h1_1', w2_2_2: 'h1_2', w2_2_3: 'h1_3', w2_2_4: 'h1_4' }, bias: 'b2_2' });
    expect(Object.values(spec.parameters).every((w) => Math.abs(w) <= 1 / Math.sqrt(3))).toBe(true);
    expect(Object.values(spec.targets!).every((t) => t > 0 && t < 1)).toBe(true);
    expect(spec.loss).toBe('mse');
  });

  it('compiles into a graph whose trainable parameters are every weight and bias, or only the weights with frozen biases', () => {
    const graph = compileNetwork(defineGenerated(generateNetworkSpec({ shape: [2, 3, 1], activation: 'relu', seed: 3 })));
    expect(graph.trainable).toHaveLength(13);
    const frozen = compileNetwork(defineGenerated(generateNetworkSpec({ shape: [2, 3, 1], activation: 'relu', seed: 3, frozenBiases: true })));
    expect(frozen.trainable).toHaveLength(9);
  });

  it.each([[[3]], [[0, 2]], [[2, 1.5]]])('refuses the shape %j', (shape) => {
    expect(() => generateNetworkSpec({ shape, activation: 'sigmoid', seed: 1 })).toThrow(/shape needs at least two positive integer layer sizes/);
  });
});

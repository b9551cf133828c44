// Expression size: the 8-8-8-8 derivation stays within 15 mathjs nodes per parameter (a count, not a timing).
import { describe, expect, it } from 'vitest';
import { defineGenerated, generateNetworkSpec } from '../../bench/generateNetwork.js';
import { deriveGraph } from '../../src/derive/deriveGraph.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';
import { countNodes } from '../../bench/derivationRows.js';

describe('expression nodes per parameter', () => {
  it.each([['sigmoid'], ['tanh'], ['relu']] as const)('an 8-8-8-8 %s network has at most 15 distinct nodes per parameter', (activation) => {
    const derivation = deriveGraph(compileNetwork(defineGenerated(generateNetworkSpec({ shape: [8, 8, 8, 8], activation, seed: 1 }))));
    expect(derivation.graph.trainable).toHaveLength(216);
    expect(countNodes(derivation) / 216).toBeLessThanOrEqual(15);
  });

  it('grows linearly: twice the depth, about twice the nodes', () => {
    const count = (depth: number): number => countNodes(deriveGraph(compileNetwork(defineGenerated(generateNetworkSpec({ shape: Array.from({ length: depth + 1 }, () => 8), activation: 'sigmoid', seed: 1 })))));
    expect(count(6) / count(3)).toBeLessThan(2.2);
  });
});

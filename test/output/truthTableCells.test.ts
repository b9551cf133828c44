// A truth table writes g(z) ≈ 0 only for an output that approximates 0 or 1; one that is exactly it (relu below 0) is the number.
import { describe, expect, it } from 'vitest';
import { parseNetwork, truthTableOf } from '../../src/api.js';

const RELU = `inputs: { x1: 0, x2: 0 }
targets: { y: 1 }
parameters: { w1: 0.5, w2: -0.5, w3: 30, w4: 30, b: -45 }
layers:
  - activation: relu
    neurons:
      h: { weights: { w1: x1, w2: x2 } }
  - activation: sigmoid
    neurons:
      y: { weights: { w3: x1, w4: x2 }, bias: b }
`;

describe('truth table cells', () => {
  it('prints a relu output of exactly 0 as 0, and a sigmoid output near 0 or 1 as g(z) ≈ 0 or 1', () => {
    const rows = truthTableOf(parseNetwork(RELU, 'relu.yaml'), { format: 'txt' }).trim().split('\n').map((r) => r.trim().split(/\s{2,}/));
    expect(rows).toEqual([
      ['x1', 'x2', 'out_h', 'out_y'],
      ['0', '0', '0', 'g(−45) ≈ 0'],
      ['0', '1', '0', 'g(−15) ≈ 0'],
      ['1', '0', '0.5', 'g(−15) ≈ 0'],
      ['1', '1', '0', 'g(15) ≈ 1'],
    ]);
  });
});

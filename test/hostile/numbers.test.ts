// Large nets (net = ±1000) and softmax scores of ±1000 give finite values and gradients.
import { parse } from '../../src/util/mathjs.js';
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';
import { compileExpr } from '../../src/evaluate/compileExpr.js';
import { expRatio, logSigmoid, logSumExp, sigmoidSlope, softplus, stableSigmoid } from '../../src/util/stableMath.js';

describe('stable helpers', () => {
  it.each<[string, () => number, number]>([
    ['σ(1000) is 1', () => stableSigmoid(1000), 1],
    ['σ(−1000) is 0', () => stableSigmoid(-1000), 0],
    ['σ(0) is 1/2', () => stableSigmoid(0), 0.5],
    ["σ'(±1000) is 0", () => sigmoidSlope(-1000) + sigmoidSlope(1000), 0],
    ['softplus(1000) is 1000', () => softplus(1000), 1000],
    ['log σ(−1000) is −1000', () => logSigmoid(-1000), -1000],
    ['log-sum-exp of 1000, 1000 is 1000 + log 2', () => logSumExp([1000, 1000]), 1000 + Math.LN2],
    ['log-sum-exp of −1000, −1000 is −1000 + log 2', () => logSumExp([-1000, -1000]), -1000 + Math.LN2],
    // a softmax entry is e^(x_j) / Σ e^(x_k): expRatio is how the product evaluates it
    ['softmax(1000, −1000)₁ is 1', () => expRatio(1000, [1000, -1000]), 1],
    ['softmax(1000, −1000)₂ is 0', () => expRatio(-1000, [1000, -1000]), 0],
    ['softmax(1000, 1000, 1000)₁ is 1/3', () => expRatio(1000, [1000, 1000, 1000]), 1 / 3],
    ['e^1000 / (e^1000 + e^−1000) is 1', () => expRatio(1000, [1000, -1000]), 1],
  ])('%s', (_name, f, expected) => {
    expect(f()).toBeCloseTo(expected, 12);
  });
});

describe('the cross-entropy convention for a zero target', () => {
  it.each<[string, number, number, number]>([
    ['t * log(o)', 0, 0, 0],
    ['t * log(o)', 1, 1, 0],
    ['t / o', 0, 0, 0],
    ['t / o', 1, 0.5, 2],
  ])('%s with t = %d and o = %d is %d', (formula, t, o, expected) => {
    const f = compileExpr(parse(formula), (name) => (name === 't' ? 0 : 1));
    expect(f(Float64Array.of(t, o))).toBe(expected);
  });
});

/** Evaluates a slide formula in x (and y) with the engine's compiler. */
function evaluate(formula: string, x: number, y = 0): number {
  return compileExpr(parse(formula), (name) => (name === 'x' ? 0 : 1))(Float64Array.of(x, y));
}

describe('slide formulas evaluated stably', () => {
  it.each<[string, number, number]>([
    ['1/(1+exp(-x))', -1000, 0],
    ['1/(1+exp(-x))', 1000, 1],
    ['exp(x)/(1+exp(x))', 1000, 1],
    ['exp(-x)/(exp(-x)+1)^2', -1000, 0],
    ['exp(-x)/(exp(-x)+1)^2', 1000, 0],
    ['exp(-x)/(exp(-x)+1)^2', 0, 0.25],
    ['log(1/(1+exp(-x)))', -1000, -1000],
    ['log(1+exp(x))', 1000, 1000],
    ['log(sigmoid(x))', -1000, -1000],
    ['log(exp(x)+exp(y))', 1000, 1000],
    ['exp(x)/(exp(x)+exp(y))', 1000, 1],
    ['exp(y)/(exp(x)+exp(y))', 1000, 0],
    ['exp(x)/(exp(x)+exp(y))', -1000, 0.5],
    ['y * log(exp(y)/(exp(x)+exp(y)))', 1000, 0],
  ])('%s at x = %d is %d, not NaN', (formula, x, expected) => {
    const v = evaluate(formula, x, formula.startsWith('y ') ? 0 : -1000);
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeCloseTo(expected, 9);
  });
});

function network(weight: number, activation: string): string {
  return [
    'inputs: { i1: 1 }',
    'targets: { o1: 0.01 }',
    `parameters: { w1: ${weight}, w2: 1, w3: -1 }`,
    'layers:',
    `  - activation: ${activation}`,
    '    neurons:',
    '      h1: { weights: { w1: i1 } }',
    '      h2: { weights: { w3: h1 } }',
    '  - neurons:',
    '      o1: { weights: { w2: h2 } }',
  ].join('\n');
}

describe('a network whose nets reach ±1000', () => {
  it.each([
    [1000, 'sigmoid'],
    [-1000, 'sigmoid'],
    [1000, '{ type: custom, expr: "1/(1+exp(-x))" }'],
    [-1000, '{ type: custom, expr: "1/(1+exp(-x))" }'],
    [-1000, '{ type: custom, expr: "log(1+exp(x))" }'],
    [1000, 'tanh'],
  ])('derives net = %d through %s with finite values and gradients', (weight, activation) => {
    const doc = derive(parseNetwork(network(weight, activation), 'big.yaml'));
    const json = emit(doc, 'json');
    expect(json).not.toMatch(/NaN|Infinity/);
    for (const p of ['w1', 'w2', 'w3']) {
      expect(Number.isFinite(doc.valuation.evaluation.get(`g$${p}`))).toBe(true);
    }
  });
});

function softmaxNetwork(scores: [number, number, number], targets: [number, number, number]): string {
  return [
    'inputs: { i1: 1 }',
    `targets: { o1: ${targets[0]}, o2: ${targets[1]}, o3: ${targets[2]} }`,
    `parameters: { w1: ${scores[0]}, w2: ${scores[1]}, w3: ${scores[2]} }`,
    'layers:',
    '  - activation: softmax',
    '    neurons:',
    '      o1: { weights: { w1: i1 } }',
    '      o2: { weights: { w2: i1 } }',
    '      o3: { weights: { w3: i1 } }',
    'loss: cross-entropy',
  ].join('\n');
}

describe('softmax scores of ±1000 with cross-entropy', () => {
  it.each<[string, [number, number, number], [number, number, number], number]>([
    ['one winning score, the target on it', [1000, -1000, 0], [1, 0, 0], 0],
    ['two tied winning scores', [1000, 1000, -1000], [1, 0, 0], Math.LN2],
    ['all scores −1000', [-1000, -1000, -1000], [0, 0, 1], Math.log(3)],
  ])('%s gives a finite loss and finite gradients', (_name, scores, targets, loss) => {
    const doc = derive(parseNetwork(softmaxNetwork(scores, targets), 'softmax.yaml'));
    const ev = doc.valuation.evaluation;
    expect(ev.get('v$E_total')).toBeCloseTo(loss, 9);
    for (const p of ['w1', 'w2', 'w3']) expect(Number.isFinite(ev.get(`g$${p}`))).toBe(true);
    expect(emit(doc, 'json')).not.toMatch(/NaN|Infinity/);
  });

  it('names ∂E/∂o and its neuron when the target sits on a score of −1000 (the loss, 2000, comes from the logits; −1/o = −e^2000 exceeds float64)', () => {
    expect(() => derive(parseNetwork(softmaxNetwork([1000, -1000, 0], [0, 1, 0]), 'softmax.yaml'))).toThrow(
      expect.objectContaining({ name: 'NumericError', quantity: 'pd$E_o2$out_o2', location: expect.objectContaining({ file: 'softmax.yaml', line: 8 }) }),
    );
  });
});

// Losses from logits: binary cross-entropy after a sigmoid and a one-unit softmax stay finite and correct at net = ±40
// and ±800 in derive (closures), train (dense kernel, generated code) and --exact, against a BigNumber oracle.
import fc from 'fast-check';
import { all, create, type BigNumber } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';
import { deriveGraph } from '../../src/derive/deriveGraph.js';
import { exactValues } from '../../src/evaluate/exact/exactValues.js';
import { createGradientFunction } from '../../src/evaluate/gradientFunction.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';

const big = create(all, { number: 'BigNumber', precision: 60 });
const b = (x: number | string): BigNumber => big.bignumber(x);

/** E = −(t ln σ(z) + (1 − t) ln(1 − σ(z))) with 1 − σ(z) written 1/(1 + e^z), and dE/dz = σ(z) − t, at 60 digits. */
function oracle(z: number, t: number): { E: BigNumber; dE: BigNumber } {
  const s = b(1).div(b(1).plus(big.exp(b(-z)) as BigNumber));
  const c = b(1).div(b(1).plus(big.exp(b(z)) as BigNumber));
  const E = b(t).times(big.log(s) as BigNumber).plus(b(1).minus(b(t)).times(big.log(c) as BigNumber)).neg();
  return { E, dE: b(1).minus(b(t)).times(s).minus(b(t).times(c)) };
}

/**
 * |x − ref| ≤ 1e-13 |ref| + 1e-15: relative, with an absolute floor of float64's rounding of σ(z) ≈ ½ near z = 0 (where
 * σ(z) − t with t = ½ is tiny next to the terms it is made of).
 */
function close(x: number | string, ref: BigNumber): void {
  expect(b(x).minus(ref).abs().toNumber()).toBeLessThanOrEqual(ref.abs().toNumber() * 1e-13 + 1e-15);
}

const file = (activation: string, loss: string, w: number, t: number): string =>
  `inputs: { x: 1 }\ntargets: { y: ${t} }\nparameters: { w: ${w} }\nlayers:\n  - activation: ${activation}\n    neurons:\n      y: { weights: { w: x } }\nloss: ${loss}\n`;

// nets on a grid of 1/1024 (--exact reads a float leaf as its shortest fraction, which for 4e-36 is not its binary value)
const net = fc.oneof(fc.constantFrom(40, -40, 800, -800, 37.5, -709.9), fc.integer({ min: -819200, max: 819200 }).map((k) => k / 1024));
const target = fc.oneof(fc.constantFrom(0, 1, 0.5), fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000));

describe('binary cross-entropy after a sigmoid, from the logits', () => {
  it('derive: E and ∂E/∂w are finite and agree with the oracle to 13 digits', () => {
    fc.assert(fc.property(net, target, (z, t) => {
      const ev = derive(parseNetwork(file('sigmoid', 'binary-cross-entropy', z, t), 'bce.yaml')).valuation.evaluation;
      const ref = oracle(z, t);
      close(ev.get('v$E_total'), ref.E);
      close(ev.get('g$w'), ref.dE);
    }), { numRuns: 25 });
  });

  it('train: the dense kernel and generated code give the same loss and gradient', () => {
    fc.assert(fc.property(net, target, (z, t) => {
      const d = deriveGraph(compileNetwork(parseNetwork(file('sigmoid', 'binary-cross-entropy', z, t))));
      const ref = oracle(z, t);
      for (const dense of [true, false]) {
        const g = new Float64Array(1);
        const E = createGradientFunction(d, { dense }).gradient(Float64Array.of(z), g);
        close(E, ref.E);
        close(g[0]!, ref.dE);
      }
    }), { numRuns: 20 });
  });

  it('--exact: E and ∂E/∂w to 35 digits', () => {
    fc.assert(fc.property(net, target, (z, t) => {
      const values = exactValues(deriveGraph(compileNetwork(parseNetwork(file('sigmoid', 'binary-cross-entropy', z, t)))), { precision: 40 });
      const at = (id: string): BigNumber => b(values.find((v) => v.id === id)!.decimal);
      const ref = oracle(z, t);
      // the absolute floor is the 40-digit rounding of σ(z) ≈ ½ near z = 0, as in float64
      expect(at('v$E_total').minus(ref.E).abs().toNumber()).toBeLessThanOrEqual(ref.E.abs().toNumber() * 1e-35 + 1e-39);
      expect(at('g$w').minus(ref.dE).abs().toNumber()).toBeLessThanOrEqual(ref.dE.abs().toNumber() * 1e-35 + 1e-39);
    }), { numRuns: 10 });
  });

  it('prints the textbook lines at net = 800 and the true values (E = 800, ∂E/∂w = 1); ∂E/∂o = 1/(1 − o) ≈ e^800 overflows on its own', () => {
    const text = emit(derive(parseNetwork(file('sigmoid', 'binary-cross-entropy', 800, 0), 'bce.yaml')), 'txt');
    expect(text).toContain('E_y = −(target_y · ln(out_y) + (1 − target_y) · ln(1 − out_y)) = −(0 · ln(1) + (1 − 0) · ln(1 − 1)) = 800');
    expect(text).toContain('∂E_total/∂w = δ_y · x = 1 · 1 = 1');
    expect(text).toContain('∂E_total/∂out_y = −(target_y/out_y − (1 − target_y)/(1 − out_y)) = −(0/1 − (1 − 0)/(1 − 1)) = Infinity');
    expect(text).not.toMatch(/NaN/);
  });
});

describe('a graph formula reading y = sigmoid(w*x)', () => {
  const graphFile = (w: number, t: number): string =>
    `inputs: { x: 1 }\ntargets: { t: ${t} }\nparameters: { w: ${w} }\ngraph:\n  y: sigmoid(w*x)\n  E: -(t*log(y) + (1-t)*log(1-y))\n`;
  it.each([[40, 0], [-40, 1], [30, 0.5], [-37.5, 0.25], [2, 0.9]])('takes log(y) and 1 − y from the logit at w = %d, t = %d', (w, t) => {
    const ev = derive(parseNetwork(graphFile(w, t), 'g.yaml')).valuation.evaluation;
    const ref = oracle(w, t);
    close(ev.get('v$E'), ref.E);
    close(ev.get('g$w'), ref.dE);
  });
  it('names ∂E/∂y at w = 800, where 1/(1 − y) ≈ e^800 exceeds float64 (a graph has no closed-form δ)', () => {
    expect(() => derive(parseNetwork(graphFile(800, 0), 'g.yaml'))).toThrow(/∂E\/∂y is Infinity/);
  });
});

describe('a one-unit softmax (out = e^net / e^net = 1)', () => {
  it.each([40, -40, 709, 710, 800, -800])('gives out = 1, E = 0 and ∂E/∂w = 0 at net = %d with cross-entropy', (z) => {
    const ev = derive(parseNetwork(file('softmax', 'cross-entropy', z, 1), 'one.yaml')).valuation.evaluation;
    expect([ev.get('v$out_y'), ev.get('v$E_total'), ev.get('g$w')].map((x) => x + 0)).toEqual([1, 0, 0]);
  });
});

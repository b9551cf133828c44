// σ' and tanh' keep full relative precision at z up to ±40 in every evaluator (closures, generated code, the dense kernel,
// --exact) against a 120-digit BigNumber oracle, while the printed formula stays out(1 − out) and 1 − out².
import fc from 'fast-check';
import { all, create, type BigNumber } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';
import { deriveGraph } from '../../src/derive/deriveGraph.js';
import { exactValues } from '../../src/evaluate/exact/exactValues.js';
import { compileDerivation, runProgram } from '../../src/evaluate/evaluateDerivation.js';
import { createGradientFunction } from '../../src/evaluate/gradientFunction.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';

const big = create(all, { number: 'BigNumber', precision: 120 });
const b = (x: number | string): BigNumber => big.bignumber(x);

/** f'(z) from the textbook forms at 120 digits: the cancellation of 1 − σ or 1 − tanh² at |z| = 40 costs at most 35 of them. */
function slope(activation: 'sigmoid' | 'tanh', z: number | string): BigNumber {
  if (activation === 'tanh') return b(1).minus((big.tanh(b(z)) as BigNumber).pow(2));
  const s = b(1).div(b(1).plus(big.exp(b(z).neg()) as BigNumber));
  return s.times(b(1).minus(s));
}

const relativeError = (x: number | string, ref: BigNumber): number => b(x).minus(ref).abs().div(ref.abs()).toNumber();

/** One unit out = f(w·x) with x = 1, half-sse with target 0: ∂E/∂w = out · f'(w). */
const layered = (activation: string, w: number): string =>
  `inputs: { x: 1 }\ntargets: { y: 0 }\nparameters: { w: ${w} }\nlayers:\n  - activation: ${activation}\n    neurons:\n      y: { weights: { w: x } }\n`;
const graphFile = (activation: string, w: number): string =>
  `inputs: { x: 1 }\nparameters: { w: ${w} }\ngraph:\n  y: ${activation}(w*x)\n`;

const z = fc.double({ min: -40, max: 40, noNaN: true }).filter((x) => Math.abs(x) > 1e-3);
const activation = fc.constantFrom('sigmoid' as const, 'tanh' as const);

describe("σ' and tanh' at |z| up to 40", () => {
  it('keep 13 digits in the closures of a layered network and of a graph formula', () => {
    fc.assert(fc.property(activation, z, (f, w) => {
      const ref = slope(f, w);
      const net = compileDerivation(deriveGraph(compileNetwork(parseNetwork(layered(f, w)))));
      expect(relativeError(runProgram(net).get('pd$out_y$net_y'), ref)).toBeLessThan(1e-13);
      const graph = compileDerivation(deriveGraph(compileNetwork(parseNetwork(graphFile(f, w)))));
      expect(relativeError(runProgram(graph).get('g$w'), ref)).toBeLessThan(1e-13);
    }), { numRuns: 25 });
  });

  it('keep 13 digits in generated code and the dense kernel (∂E/∂w = out · f\'(w) for half-sse with target 0)', () => {
    fc.assert(fc.property(activation, z, (f, w) => {
      const d = deriveGraph(compileNetwork(parseNetwork(layered(f, w))));
      const out = f === 'tanh' ? big.tanh(b(w)) as BigNumber : b(1).div(b(1).plus(big.exp(b(-w)) as BigNumber));
      const ref = out.times(slope(f, w));
      for (const dense of [true, false]) {
        const g = createGradientFunction(d, { dense });
        expect(g.kind).toBe(dense ? 'dense' : 'generated');
        const grad = new Float64Array(1);
        g.gradient(Float64Array.of(w), grad);
        expect(relativeError(grad[0]!, ref)).toBeLessThan(1e-13);
      }
    }), { numRuns: 20 });
  });

  it('keep 38 of 40 digits in --exact', () => {
    fc.assert(fc.property(activation, z, (f, w) => {
      const values = exactValues(deriveGraph(compileNetwork(parseNetwork(layered(f, w)))), { precision: 40 });
      const at = (id: string): string => values.find((v) => v.id === id)!.decimal;
      // the oracle at the run's own net (a float leaf is read as the shortest fraction that gives it back, not its binary value)
      expect(relativeError(at('pd$out_y$net_y'), slope(f, at('v$net_y')))).toBeLessThan(1e-38);
    }), { numRuns: 15 });
  });

  it.each([
    ['sigmoid', 19, 'out_y(1 − out_y)'],
    ['tanh', 10, '1 − out_y²'],
  ])('print %s\'s slope at z = %d in its textbook form and its value to full precision', (f, w, printed) => {
    const doc = derive(parseNetwork(layered(f, w)));
    expect(emit(doc, 'txt')).toContain(`∂out_y/∂net_y = ${printed}`);
    expect(relativeError(doc.valuation.evaluation.get('pd$out_y$net_y'), slope(f as 'sigmoid', w))).toBeLessThan(1e-14);
  });
});

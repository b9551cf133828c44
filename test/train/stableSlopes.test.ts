// σ' and tanh' in the float64 path: printed as out(1 − out) and 1 − out², evaluated without cancellation at large |net|.
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';
import { deriveGraph } from '../../src/derive/deriveGraph.js';
import { qid } from '../../src/derive/quantityRef.js';
import { compileDerivation, runProgram } from '../../src/evaluate/evaluateDerivation.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';

const file = (activation: string, x1: number, x2: number): string => JSON.stringify({
  inputs: { x1, x2 }, targets: { o1: 1, o2: 0 }, parameters: { w1: 1, w2: 1 },
  layers: [{ activation, neurons: { o1: { weights: { w1: 'x1' } }, o2: { weights: { w2: 'x2' } } } }],
});

function slopes(text: string): number[] {
  const d = deriveGraph(compileNetwork(parseNetwork(text)));
  const ev = runProgram(compileDerivation(d), {});
  return [ev.get(qid.partial('out_o1', 'net_o1')), ev.get(qid.partial('out_o2', 'net_o2'))];
}

const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
// Oracles written another way: σ'(x) = e^{−|x|} / (1 + e^{−|x|})², tanh'(x) = 1 / cosh²(x).
const sigmoidSlope = (x: number): number => Math.exp(-Math.abs(x)) / (1 + Math.exp(-Math.abs(x))) ** 2;
const tanhSlope = (x: number): number => 1 / Math.cosh(x) ** 2;

describe('activation slopes keep their relative precision at large |net|', () => {
  it.each([[16, -20], [30, -35], [0.5, -2]])('σ\' at net = %d and %d to 1e-14 relative (out(1 − out) loses digits from net ≈ 16)', (a, b) => {
    const [s1, s2] = slopes(file('sigmoid', a, b));
    expect(relative(s1!, sigmoidSlope(a))).toBeLessThan(1e-14);
    expect(relative(s2!, sigmoidSlope(b))).toBeLessThan(1e-14);
  });
  it.each([[10, -12], [0.3, -1]])('tanh\' at net = %d and %d to 1e-14 relative', (a, b) => {
    const [s1, s2] = slopes(file('tanh', a, b));
    expect(relative(s1!, tanhSlope(a))).toBeLessThan(1e-14);
    expect(relative(s2!, tanhSlope(b))).toBeLessThan(1e-14);
  });
  it('still prints the slide forms', () => {
    const text = emit(derive(parseNetwork(file('sigmoid', 16, -20))), 'tex');
    expect(text).toContain(String.raw`\frac{\partial \mathit{out}_{o1}}{\partial \mathit{net}_{o1}} &= \mathit{out}_{o1}\left(1 - \mathit{out}_{o1}\right)`);
  });
});

// Softmax layers, cross-entropy and binary cross-entropy: δ_j = p_j − y_j comes out of the chain rule, not written in.
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';

const softmaxNet = (loss: string, activation = 'softmax', targets = '{ o1: 0, o2: 1, o3: 0 }'): string => `
inputs: { x1: 0.5, x2: -1 }
targets: ${targets}
parameters: { w1: 0.1, w2: 0.2, w3: -0.3, w4: 0.4, w5: 0.5, w6: -0.6, b: 0.1 }
layers:
  - activation: ${activation}
    neurons:
      o1: { weights: { w1: x1, w2: x2 }, bias: b }
      o2: { weights: { w3: x1, w4: x2 } }
      o3: { weights: { w5: x1, w6: x2 } }
loss: ${loss}
`;

function lossAt(text: string, param: string, value: number): number {
  const def = parseNetwork(text);
  def.spec.parameters[param] = value;
  return derive(def).valuation.exact('v$E_total');
}

describe('softmax output layer with cross-entropy', () => {
  const doc = derive(parseNetwork(softmaxNet('cross-entropy')));
  const v = (id: string): number => doc.valuation.exact(id);

  it.each([['o1', 0], ['o2', 1], ['o3', 0]])('gives δ_%s = out − target (target %d)', (unit, target) => {
    expect(v(`d$net_${unit}`)).toBeCloseTo(v(`v$out_${unit}`) - target, 12);
  });

  it('makes the outputs sum to 1', () => {
    expect(v('v$out_o1') + v('v$out_o2') + v('v$out_o3')).toBeCloseTo(1, 14);
  });

  it.each(['w1', 'w4', 'w6', 'b'])('agrees with central finite differences for %s', (w) => {
    const text = softmaxNet('cross-entropy');
    const x = doc.derivation.graph.nodes.get(w)!.value!;
    const h = 1e-6;
    expect(v(`g$${w}`)).toBeCloseTo((lossAt(text, w, x + h) - lossAt(text, w, x - h)) / (2 * h), 7);
  });

  it('writes the local partials of softmax as out_j(1 − out_j) and −out_j out_k', () => {
    const txt = emit(doc, 'txt');
    expect(txt).toContain('∂out_o1/∂net_o1 = out_o1(1 − out_o1)');
    expect(txt).toContain('−target_o2/out_o2 · (−out_o2 · out_o1)');
  });
});

describe('sigmoid outputs with binary cross-entropy', () => {
  const text = softmaxNet('binary-cross-entropy', 'sigmoid', '{ o1: 0, o2: 1, o3: 1 }');
  const doc = derive(parseNetwork(text));
  const v = (id: string): number => doc.valuation.exact(id);

  it.each([['o1', 0], ['o2', 1], ['o3', 1]])('gives δ_%s = out − target (target %d)', (unit, target) => {
    expect(v(`d$net_${unit}`)).toBeCloseTo(v(`v$out_${unit}`) - target, 12);
  });

  it.each(['w2', 'w3', 'b'])('agrees with central finite differences for %s', (w) => {
    const x = doc.derivation.graph.nodes.get(w)!.value!;
    const h = 1e-6;
    expect(v(`g$${w}`)).toBeCloseTo((lossAt(text, w, x + h) - lossAt(text, w, x - h)) / (2 * h), 7);
  });
});

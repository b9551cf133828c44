// derive under a file's optimizer, by hand: Adam's first step on θ², momentum in both forms, and what refuses it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api/derivation.js';
import { formatQuantityId, parseQuantityId, qid } from '../../src/derive/quantityRef.js';
import { InputError } from '../../src/util/errors.js';

const ADAM = 'test/verify/public/adam-html.yaml';
const adam = () => parseNetwork(readFileSync(ADAM, 'utf8'), ADAM);

/** One linear unit o = w·x (x = 2, target 1, w = 1) under ½ SSE: o = 2, ∂E/∂w = (o − t)·x = 2. */
const momentumNet = (optimizer: string): string => `
inputs: { x: 2 }
targets: { o: 1 }
parameters: { w: 1 }
optimizer: ${optimizer}
layers:
  - activation: linear
    neurons:
      o: { weights: { w: x } }
loss: half-sse
`;

describe("derive prints the file's optimizer's step", () => {
  it("Adam on θ² (adam-html.yaml): θ⁺ = 4.9, not gradient descent's 4", () => {
    // ∂E/∂θ = 2θ = 10; m = 0.9·0 + 0.1·10 = 1; v = 0.999·0 + 0.001·10² = 0.1; m̂ = 1/(1 − 0.9¹) = 10;
    // v̂ = 0.1/(1 − 0.999¹) = 100; θ⁺ = 5 − 0.1/(√100 + 1e-8) · 10 = 5 − 1/(10 + 1e-8) = 4.9000000001 (4.9 at 9 decimals);
    // E⁺ = θ⁺² = 24.010000001
    const doc = derive(adam());
    const exact = (id: string) => doc.valuation.exact(id);
    expect(exact(qid.optimizerState('m', 1, 'theta'))).toBeCloseTo(1, 14);
    expect(exact(qid.optimizerState('v', 1, 'theta'))).toBeCloseTo(0.1, 14);
    expect(exact(qid.optimizerState('mhat', 1, 'theta'))).toBeCloseTo(10, 12);
    expect(exact(qid.optimizerState('vhat', 1, 'theta'))).toBeCloseTo(100, 10);
    expect(exact(qid.update('theta'))).toBeCloseTo(5 - 1 / (10 + 1e-8), 14);
    const text = emit(doc, 'txt');
    expect(text).toContain('m_theta^(1) = β₁ · m_theta^(0) + (1 − β₁) · ∂E_total/∂theta = 0.9 · 0 + (1 − 0.9) · 10 = 1');
    expect(text).toContain('v_theta^(1) = β₂ · v_theta^(0) + (1 − β₂)(∂E_total/∂theta)² = 0.999 · 0 + (1 − 0.999) · 10² = 0.1');
    expect(text).toContain('theta⁺ = theta − η/(√(v̂_theta^(1)) + ε) · m̂_theta^(1) = 5 − 0.1/(√(100) + 0.00000001) · 10 = 4.9');
    expect(text).toContain('E_total⁺ = 24.010000001');
    expect(text).not.toContain('= 4\n');
    const json = JSON.parse(emit(doc, 'json')) as { updated: Record<string, number>; optimizer: { type: string; t: number; state: Record<string, Record<string, number>> } };
    expect(json.updated.theta).toBeCloseTo(4.9, 9);
    expect([json.optimizer.type, json.optimizer.t, Object.keys(json.optimizer.state)]).toEqual(['adam', 1, ['m', 'v', 'mhat', 'vhat']]);
    expect(json.optimizer.state.vhat!.theta).toBeCloseTo(100, 10);
  });

  it('momentum, η inside: v = μv − ηg = 0.9·0.2 − 0.1·2 = −0.02, w⁺ = w + v = 0.98, E⁺ = ½(1 − 1.96)² = 0.4608', () => {
    const doc = derive(parseNetwork(momentumNet('{ type: momentum, lr: 0.1, momentum: 0.9, state: { velocity: { w: 0.2 } } }'), 'm.yaml'));
    expect(doc.valuation.exact(qid.optimizerState('velocity', 1, 'w'))).toBeCloseTo(-0.02, 15);
    expect(doc.valuation.exact(qid.update('w'))).toBeCloseTo(0.98, 15);
    expect(doc.valuation.exact(qid.afterUpdate('E_total'))).toBeCloseTo(0.4608, 15);
    expect(emit(doc, 'txt')).toContain('v_w^(1) = μ · v_w^(0) − η · ∂E_total/∂w = 0.9 · 0.2 − 0.1 · 2 = −0.02\nw⁺ = w + v_w^(1) = 1 + (−0.02) = 0.98');
  });

  it('momentum, η outside with dampening 0.5 and L2: g̃ = 2 + 0.1·1 = 2.1, v = 0.9·0.2 + (1 − 0.5)·2.1 = 1.23, w⁺ = 1 − 0.1·1.23 = 0.877', () => {
    const doc = derive(parseNetwork(momentumNet('{ type: momentum, lr: 0.1, momentum: 0.9, dampening: 0.5, eta_placement: outside, weight_decay: 0.1, state: { velocity: { w: 0.2 } } }'), 'm.yaml'));
    expect(doc.valuation.exact(qid.optimizerState('gtilde', 1, 'w'))).toBeCloseTo(2.1, 15);
    expect(doc.valuation.exact(qid.update('w'))).toBeCloseTo(0.877, 15);
    expect(emit(doc, 'txt')).toContain('v_w^(1) = μ · v_w^(0) + (1 − d) · g̃_w = 0.9 · 0.2 + (1 − 0.5) · 2.1 = 1.23');
  });

  it('plain sgd in the file prints as a file without an optimizer', () => {
    const plain = emit(derive(parseNetwork(momentumNet('{ type: sgd, lr: 0.1 }'), 'm.yaml')), 'tex');
    const none = emit(derive(parseNetwork(momentumNet('{ type: sgd, lr: 0.1 }').replace(/^optimizer:.*$/m, 'learning_rate: 0.1'), 'm.yaml')), 'tex');
    expect(plain).toBe(none);
  });

  it.each([
    [{ form: 'matrix' as const }, 'the matrix form prints plain gradient descent'],
    [{ deltaW: true }, '--delta-w prints plain gradient descent'],
    [{ maxEquations: 3 }, 'the index form prints plain gradient descent'],
  ])('%o is refused at the optimizer’s type, one line', (options, message) => {
    let error: unknown;
    try {
      derive(adam(), options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toMatch(new RegExp(`^${ADAM}:9:20: .*${message.replace(/[-.]/g, '\\$&')}.*\\(optimizer\\.type\\)$`));
  });
});

describe("the optimizer's quantity ids", () => {
  it.each(['os$m$1$theta', 'os$vhat$7$w_5', 'os$gtilde$1$b1', 'oc$beta1', 'oc$t'])('%s parses and prints back', (id) => {
    expect(formatQuantityId(parseQuantityId(id)!)).toBe(id);
  });
  it.each(['os$moment$1$w', 'os$m$01$w', 'os$m$1$', 'os$m$x$w', 'os$m$1$w$2', 'oc$alpha', 'oc$'])('%s is no quantity id', (id) => {
    expect(parseQuantityId(id)).toBeUndefined();
  });
});

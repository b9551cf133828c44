// Published optimizer traces reproduced from the CLI: Dive into Deep Learning's quadratic, 20 steps of four rules.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const QUADRATIC = join(ROOT, 'fixtures', 'd2l-quadratic.yaml');
const dir = mkdtempSync(join(tmpdir(), 'bptex-references-'));

// Source: Dive into Deep Learning, chapter "Optimization Algorithms" (sections on gradient descent, momentum,
// AdaGrad and RMSProp): "epoch 20, x1: …, x2: …" printed to 6 decimals after 20 steps from (-5, -2).
describe('Dive into Deep Learning: f = 0.1 x1^2 + 2 x2^2, 20 steps', () => {
  it.each([
    ['gradient descent, η = 0.4', ['--optimizer', 'sgd'], -0.943467, -0.000073],
    ['momentum, η = 0.6, β = 0.5, η outside the velocity', ['--optimizer', '{type: momentum, lr: 0.6, momentum: 0.5, eta_placement: outside}'], 0.007188, 0.002553],
    ['AdaGrad, η = 0.4, ε = 1e-6 inside the root', ['--optimizer', '{type: adagrad, eps: 1.0e-6, eps_placement: inside}'], -2.382563, -0.158591],
    ['RMSprop, η = 0.4, γ = 0.9, ε = 1e-6 inside the root', ['--optimizer', '{type: rmsprop, beta: 0.9, eps: 1.0e-6}'], -0.010599, 0],
  ])('%s', async (_name, args, x1, x2) => {
    const r = await runCli(['train', QUADRATIC, '--epochs', '20', '--last', '1', '--format', 'json', '--out-dir', dir, ...args]);
    const last = (JSON.parse(r.stdout) as { steps: { step: number; parameters: Record<string, number> }[] }).steps.at(-1)!;
    expect(last.step).toBe(20);
    expect(last.parameters.x1!.toFixed(6)).toBe(x1.toFixed(6));
    expect(Math.abs(last.parameters.x2!).toFixed(6)).toBe(Math.abs(x2).toFixed(6));
  });
});

// Source: micrograd (Andrej Karpathy), README "Example usage": prints g.data 24.7041, a.grad 138.8338, b.grad 645.5773.
describe('micrograd README expression (relu(u) written (u + |u|)/2)', () => {
  const MICROGRAD = join(ROOT, 'fixtures', 'references', 'micrograd-readme.yaml');
  it('derive gives g and both gradients to the README\'s 4 decimals', async () => {
    const r = await runCli(['derive', MICROGRAD, '--format', 'json', '--out', '-']);
    const doc = JSON.parse(r.stdout) as { values: Record<string, number>; gradients: Record<string, number> };
    expect(doc.values.g!.toFixed(4)).toBe('24.7041');
    expect(doc.gradients.a!.toFixed(4)).toBe('138.8338');
    expect(doc.gradients.b!.toFixed(4)).toBe('645.5773');
  });
});

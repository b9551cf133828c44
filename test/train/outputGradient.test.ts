// Files without targets: the forward pass only, or the backward pass from a given output gradient (∂f/∂f = 1 first).
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli.js';

const sig = (x: number): number => 1 / (1 + Math.exp(-x));
const PARAMS = { w1: 0.15, w2: 0.2, w3: 0.25, w4: 0.3, w5: 0.4, w6: 0.45, b1: 0.35, b2: 0.6 };
const network = (extra: Record<string, unknown>, outputs: string[] = ['o1']): string => JSON.stringify({
  inputs: { i1: 0.05, i2: 0.1 }, parameters: PARAMS, ...extra,
  layers: [
    { neurons: { h1: { weights: { w1: 'i1', w2: 'i2' }, bias: 'b1' }, h2: { weights: { w3: 'i1', w4: 'i2' }, bias: 'b1' } } },
    { neurons: Object.fromEntries(outputs.map((o) => [o, { weights: { w5: 'h1', w6: 'h2' }, bias: 'b2' }])) },
  ],
});

/** The plain loop: out_o1 of the 2-2-1 sigmoid network and its gradient, scaled by the seed. */
function plainGradients(seed: number): Record<string, number> {
  const p = PARAMS;
  const h1 = sig(p.w1 * 0.05 + p.w2 * 0.1 + p.b1);
  const h2 = sig(p.w3 * 0.05 + p.w4 * 0.1 + p.b1);
  const o = sig(p.w5 * h1 + p.w6 * h2 + p.b2);
  const d = seed * o * (1 - o);
  const [d1, d2] = [d * p.w5 * h1 * (1 - h1), d * p.w6 * h2 * (1 - h2)];
  return { w1: d1 * 0.05, w2: d1 * 0.1, w3: d2 * 0.05, w4: d2 * 0.1, w5: d * h1, w6: d * h2, b1: d1 + d2, b2: d };
}

interface Json { loss: number | null; values: Record<string, number>; gradients: Record<string, number>; adjoints: Record<string, number>; equations: { text: string }[] }
const json = (text: string): Json => JSON.parse(emit(derive(parseNetwork(text)), 'json')) as Json;

describe('a layered network without targets', () => {
  it('with one output, backward from ∂out_o1/∂out_o1 = 1: every gradient equals the plain loop', () => {
    const doc = json(network({}));
    const expected = plainGradients(1);
    for (const [p, v] of Object.entries(expected)) expect(doc.gradients[p]).toBeCloseTo(v, 15);
    expect(doc.loss).toBeNull();
    expect(doc.adjoints.out_o1).toBe(1);
    const backward = doc.equations.map((e) => e.text).filter((t) => t.startsWith('∂'));
    expect(backward[0]).toBe('∂out_o1/∂out_o1 = 1');
  });

  it('output_gradient: { o1: 2.5 } scales every gradient (PyTorch backward(gradient=2.5))', () => {
    const doc = json(network({ output_gradient: { o1: 2.5 } }));
    for (const [p, v] of Object.entries(plainGradients(2.5))) expect(doc.gradients[p]).toBeCloseTo(v, 15);
    expect(doc.equations.find((e) => e.text.startsWith('δ_o1'))!.text).toContain('∂out_o1/∂out_o1 · ∂out_o1/∂net_o1');
  });

  it('with two outputs and no output_gradient derives the forward pass only', () => {
    const doc = json(network({}, ['o1', 'o2']));
    expect(doc.gradients).toEqual({});
    expect(doc.values.out_o2).toBeCloseTo(0.75136507, 8);
    expect(doc.equations.every((e) => !e.text.startsWith('∂'))).toBe(true);
  });

  it.each([
    [network({ output_gradient: { h1: 1 } }), "output_gradient names 'h1', which is not an output neuron (outputs: o1)"],
    [network({ output_gradient: { o1: 1, o2: 1 } }, ['o1', 'o2']), 'output_gradient names one output and its gradient'],
    [network({ targets: { o1: 0.5 }, output_gradient: { o1: 1 } }), 'a file with targets takes its gradient from the loss'],
  ])('refuses a wrong output_gradient with its position (%#)', (text, message) => {
    expect(() => derive(parseNetwork(text))).toThrow(message);
  });

  it('train and the matrix form refuse a file without a loss with one line, exit 2', async () => {
    const dir = (await import('node:fs')).mkdtempSync('/tmp/bt-og-');
    (await import('node:fs')).writeFileSync(`${dir}/net.json`, network({}));
    const t = await runCli(['train', `${dir}/net.json`, '--epochs', '2', '--format', 'txt'], { cwd: dir });
    expect([t.status, t.stderr.trim()]).toEqual([2, `${dir}/net.json:1:1: training needs a loss: give the network targets (targets)`]);
    const m = await runCli(['derive', `${dir}/net.json`, '--form', 'matrix', '--out', '-'], { cwd: dir });
    expect(m.status).toBe(2);
  });
});

// Source: micrograd (Andrej Karpathy), README "Example usage": g.data 24.7041, a.grad 138.8338, b.grad 645.5773.
describe('a graph with output_gradient', () => {
  it('micrograd README: ∂g/∂g = 1 printed first, then every adjoint to the README\'s 4 decimals', async () => {
    const r = await runCli(['derive', 'fixtures/references/micrograd-readme.yaml', '--format', 'txt', '--out', '-']);
    const backward = r.stdout.slice(r.stdout.indexOf('The backward pass'));
    expect(backward.split('\n').filter((l) => l.startsWith('∂'))[0]).toBe('∂g/∂g = 1');
    expect(backward).toMatch(/∂g\/∂a = .* = 138\.833819242\n/);
  });

  it('a seed of 2 doubles the README gradients; a seed on another node is refused', () => {
    const text = readFileSync(join(ROOT, 'fixtures', 'references', 'micrograd-readme.yaml'), 'utf8');
    const doc = json(text.replace('output_gradient: { g: 1 }', 'output_gradient: { g: 2 }'));
    expect(doc.adjoints.g).toBe(2);
    expect((doc.gradients.a! / 2).toFixed(4)).toBe('138.8338');
    expect((doc.gradients.b! / 2).toFixed(4)).toBe('645.5773');
    expect(() => json(text.replace('output_gradient: { g: 1 }', 'output_gradient: { f: 1 }'))).toThrow("output_gradient names 'f', but the graph's output is 'g' (set output: f)");
  });
});

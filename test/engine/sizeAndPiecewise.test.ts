// Sizes that overflowed the call stack or hung before (1000-term formula, 1600-input neuron) and piecewise functions, in-process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bptex-size-'));

async function gradients(name: string, text: string): Promise<Record<string, number>> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = await runCli(['derive', file, '--format', 'json', '--max-equations', '100000', '--out', '-']);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout.replace(/^[^{]*/, '')) as { gradients: Record<string, number> }).gradients;
}

describe('sizes that overflowed the stack or hung with mathjs derivative', () => {
  it('derives a 400-term formula in 400 parameters (its chain overflowed; 30 terms hung): ∂y/∂a_i = x, ∂y/∂x = Σ a_i', async () => {
    const n = 400;
    const params = Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}`, (i % 7) / 100]));
    const formula = Array.from({ length: n }, (_, i) => `a${i}*x`).join(' + ');
    const g = await gradients('f1000.json', JSON.stringify({ inputs: { x: 0.5 }, parameters: params, graph: { y: formula }, output: 'y', learning_rate: 0.001 }));
    expect(g.a0).toBe(0.5);
    expect(g.a399).toBe(0.5);
    expect(Object.keys(g)).toHaveLength(n);
  });

  it('derives one neuron with 1600 inputs (a left-deep net that overflowed compileExpr)', async () => {
    const n = 1600;
    const inputs = Object.fromEntries(Array.from({ length: n }, (_, i) => [`x${i}`, ((i % 5) - 2) / 10]));
    const parameters: Record<string, number> = { b: 0.1 };
    const weights: Record<string, string> = {};
    for (let i = 0; i < n; i++) weights[(parameters[`w${i}`] = 0.001, `w${i}`)] = `x${i}`;
    const net = { inputs, targets: { o1: 0.5 }, parameters, layers: [{ activation: 'sigmoid', neurons: { o1: { weights, bias: 'b' } } }], loss: 'half-sse', learning_rate: 0.5 };
    const g = await gradients('n1600.json', JSON.stringify(net));
    expect(Object.keys(g)).toHaveLength(n + 1);
    // ∂E/∂w_i = δ · x_i: the gradient of an input of 0 is 0
    expect(g.w2).toBe(0);
    expect(g.w0! / g.w1!).toBeCloseTo(2, 12);
  });
});

describe('piecewise functions in graph formulas (PyTorch conventions at the kink)', () => {
  const graph = (y: string): string => JSON.stringify({ inputs: { x: 0.5 }, parameters: { a: 2, b: -1 }, graph: { y }, output: 'y' });
  it.each([
    ['max(a, b)', { a: 1, b: 0 }],
    ['min(a, b)', { a: 0, b: 1 }],
    ['relu(b) + relu(a*x)', { a: 0.5, b: 0 }],
    ['leaky_relu(b, 0.1) + abs(b)', { a: 0, b: -0.9 }],
    ['clip(a*x, b, 1)', { a: 0.5, b: 0 }],
    ['step(a) + max(a*x, 1)', { a: 0.25, b: 0 }],
    ['(a + b + abs(a - b))/2', { a: 1, b: 0 }],
  ])('∂(%s) by a and b', async (y, expected) => {
    const g = await gradients('pw.json', graph(y));
    expect(g.a ?? 0).toBeCloseTo(expected.a, 12);
    expect(g.b ?? 0).toBeCloseTo(expected.b, 12);
  });
  it('splits the gradient of max at a tie evenly, as torch.maximum does', async () => {
    const g = await gradients('tie.json', JSON.stringify({ inputs: {}, parameters: { a: 1, b: 1 }, graph: { y: 'max(a, b)' }, output: 'y' }));
    expect(g).toEqual({ a: 0.5, b: 0.5 });
  });
  it('prints the derivative of relu as one case split', async () => {
    const file = join(dir, 'relu.json');
    writeFileSync(file, graph('relu(a*x)'));
    const r = await runCli(['derive', file, '--format', 'txt', '--out', '-']);
    expect(r.stdout).toContain('ReLU(');
    expect(r.stdout).toContain('∂y/∂a = (x if a · x > 0, else 0)');
  });
});

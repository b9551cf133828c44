// Large networks: index-form LaTeX, instances only with --only, a refusal past --max-equations, every gradient in JSON.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { compileLatex, requireLatex } from '../helpers/latex.js';

/** A dense sigmoid network with deterministic weights, as a JSON network file. */
function denseNetwork(widths: number[]): string {
  let seed = 7;
  const next = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5);
  const inputs = Object.fromEntries(Array.from({ length: widths[0]! }, (_, i) => [`x${i + 1}`, next()]));
  const parameters: Record<string, number> = {};
  let previous = Object.keys(inputs);
  const layers = widths.slice(1).map((width, l) => {
    const neurons: Record<string, object> = {};
    const units = Array.from({ length: width }, (_, j) => `n${l + 1}_${j + 1}`);
    for (const u of units) {
      const weights: Record<string, string> = {};
      for (const p of previous) weights[(parameters[`w_${u}_${p}`] = next(), `w_${u}_${p}`)] = p;
      parameters[`b_${u}`] = next();
      neurons[u] = { weights, bias: `b_${u}` };
    }
    previous = units;
    return { activation: 'sigmoid', neurons };
  });
  const targets = Object.fromEntries(previous.map((u) => [u, 0.5]));
  return JSON.stringify({ title: `dense ${widths.join('-')}`, inputs, targets, parameters, layers, loss: 'half-sse', learning_rate: 0.5 });
}

describe('a 20-30-10 network (940 parameters)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bptex-large-'));
  const file = join(dir, 'dense.json');
  writeFileSync(file, denseNetwork([20, 30, 10]));

  it('prints the general index form instead of thousands of instances with --form scalar (by default: the matrix form)', async () => {
    const r = await runCli(['derive', file, '--form', 'scalar', '--format', 'txt', '--out', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('δ_j^(1) = a_j^(1)(1 − a_j^(1)) · Σ_k w_kj^(2) · δ_k^(2)');
    expect(r.stdout).toContain('∂E_total/∂w_jk^(2) = δ_j^(2) · a_k^(1)');
    expect(r.stdout.split('\n').length).toBeLessThan(60);
  });

  it('adds the instances of the parameters named with --only', async () => {
    const r = await runCli(['derive', file, '--only', 'w_n1_3_x2', '--format', 'txt', '--out', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/∂E_total\/∂w_n1_3_x2 = δ_n1_3 · x2 = \S+ · \S+ = \S+/);
  });

  it('refuses an --only that would print more than --max-equations, naming the flag', async () => {
    const r = await runCli(['derive', file, '--only', 'w_n1_3_x2,w_n1_4_x2', '--max-equations', '20', '--out', join(dir, 'x.tex')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('more than --max-equations 20');
  });

  it('gives every gradient in JSON', async () => {
    const r = await runCli(['derive', file, '--format', 'json', '--out', '-']);
    const json = JSON.parse(r.stdout) as { gradients: Record<string, number> };
    expect(Object.keys(json.gradients)).toHaveLength(20 * 30 + 30 + 30 * 10 + 10);
    expect(Object.values(json.gradients).every(Number.isFinite)).toBe(true);
  });

  it('compiles the index form with pdflatex', async () => {
    if (!requireLatex()) return;
    const r = await runCli(['derive', file, '--format', 'tex', '--out', '-']);
    const compiled = compileLatex(r.stdout);
    expect(compiled.ok, compiled.log.slice(-1500)).toBe(true);
  });
});

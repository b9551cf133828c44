// A training run that overflows stops at its first non-finite number: epoch, quantity and file position, exit 1, no file written.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const GD = join(ROOT, 'fixtures', 'comp9444-gd-1d.yaml');
const ADVICE = '(a smaller learning rate keeps it finite; --sweep-lr compares rates)';

function graphFile(dir: string): string {
  const file = join(dir, 'pow.yaml');
  writeFileSync(file, 'inputs: { x: 1 }\ntargets: { t: 0 }\nparameters: { w: 1 }\ngraph:\n  f: w^400 * x\n  E: f - t\noutput: E\nlearning_rate: 2\n');
  return file;
}

describe('a diverging train run', () => {
  it.each([
    ['gradient descent past its stable rate', (_dir: string) => GD, ['--lr', '2.5', '--epochs', '2000'], `${GD}:9:6: training diverged at epoch 876: the loss E is Infinity ${ADVICE} (graph.E)`],
    ['an output that overflows after the first update', graphFile, ['--epochs', '3'], 'pow.yaml:5:6: training diverged at epoch 1: the output f is Infinity'],
  ])('%s stops with exit 1 and writes nothing', async (_what, fileOf, flags, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'bptex-diverge-'));
    const r = await runCli(['train', fileOf(dir), ...flags, '--out-dir', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(message);
    expect(readdirSync(dir)).not.toContain('out');
  });

  it('a sweep describes a diverging rate up to its last finite epoch and plots no non-finite coordinate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bptex-diverge-'));
    const r = await runCli(['train', GD, '--sweep-lr', '0.5,1000000', '--epochs', '200', '--out-dir', dir, '--decimals', '3']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/η = 1000000: diverges \(w goes from 0 to \S+ in 51 epochs and overflows at epoch 52\)/);
    expect(r.stdout + readFileSync(join(dir, 'comp9444-gd-1d-sweep.tex'), 'utf8')).not.toMatch(/NaN|Infinity/);
  });
});

describe('an overflow only in the pass after the update', () => {
  it('names the pass, the node and its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bptex-diverge-'));
    const r = await runCli(['derive', graphFile(dir), '--format', 'txt', '--out', '-']);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`${join(dir, 'pow.yaml')}:5:6: in the pass after the update (the parameters at w⁺), node f is Infinity (computed from w ^ 400 * x) (graph.f)\n`);
  });
});

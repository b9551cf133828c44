// The built binary as a process: what main.ts adds to runCli (exit codes, standard output and error). Every other CLI test
// runs in-process through runCli; the signals of an interrupted write are in test/hostile/killDuringWrite.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, spawnCli } from '../helpers/cli.js';

const MAZUR = join(ROOT, 'fixtures', 'mazur-2-2-2.yaml');

describe('the backprop-tex process', () => {
  it('exits 0 and writes the derivation to standard output with --out -, nothing to standard error', () => {
    const r = spawnCli(['derive', MAZUR, '--only', 'w5', '--format', 'txt', '--out', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('w5⁺ = w5 − η · ∂E_total/∂w5 = 0.4 − 0.5 · 0.082167041 = 0.35891648');
    expect(r.stderr).toBe('');
  });
  it('exits 2 with one line on standard error for a bad file, and 2 for a bad command line', () => {
    const bad = spawnCli(['derive', 'no-such-net.yaml']);
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([2, '', 'no-such-net.yaml: cannot read: no such file or folder (ENOENT)\n']);
    const usage = spawnCli(['derive', MAZUR, '--bogus']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe("backprop-tex: Unknown argument: bogus\nRun 'backprop-tex --help' for the options.\n");
  });
  it('exits 1 when verify finds an erratum', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bptex-process-'));
    writeFileSync(join(dir, 'slide.md'), '$$w_6^{+} = 0.45 - 0.5 \\cdot 0.082667628 = 0.40886619$$\n');
    const r = spawnCli(['verify', 'slide.md', '--net', MAZUR], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('erratum');
  });
});

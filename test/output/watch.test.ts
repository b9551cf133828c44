// derive --watch in a real process: each save rewrites the output, a bad save prints its one-line error and the watch goes on.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';
import { MAZUR } from './trainFixtures.js';

describe('derive --watch', () => {
  let dir: string;
  let child: ChildProcess;
  let stderr = '';
  const original = readFileSync(MAZUR, 'utf8');
  const output = (): string => readFileSync(join(dir, 'out', 'net.tex'), 'utf8');
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bptex-watch-'));
    writeFileSync(join(dir, 'net.yaml'), original);
    child = spawn(process.execPath, [CLI, 'derive', 'net.yaml', '--watch', '--out', 'out/net.tex'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    await vi.waitFor(() => expect(stderr).toContain('watching net.yaml'), { timeout: 20_000, interval: 50 });
  }, 30_000);
  afterAll(() => {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('wrote the output once at the start', () => {
    expect(output()).toContain('0.35891648');
  });

  it('rewrites the output on a save', async () => {
    writeFileSync(join(dir, 'net.yaml'), original.replace('w5: 0.40', 'w5: 0.50'));
    await vi.waitFor(() => expect(output()).not.toContain('0.35891648'), { timeout: 10_000, interval: 50 });
  });

  it('prints a bad save as one located line, keeps the last output and goes on watching', async () => {
    const before = output();
    writeFileSync(join(dir, 'net.yaml'), original.replace('activation: sigmoid', 'activation: sigmoidd'));
    await vi.waitFor(() => expect(stderr).toMatch(/^net\.yaml:22:17: "sigmoidd" is not accepted here/m), { timeout: 10_000, interval: 50 });
    expect(output()).toBe(before);
    expect(child.exitCode).toBeNull();
    writeFileSync(join(dir, 'net.yaml'), original);
    await vi.waitFor(() => expect(output()).toContain('0.35891648'), { timeout: 10_000, interval: 50 });
  });
});

const hasLatexmk = spawnSync('latexmk', ['-v']).status === 0;
describe.runIf(hasLatexmk)('--pdf', () => {
  it('compiles what draw writes with latexmk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bptex-pdf-'));
    copyFileSync(MAZUR, join(dir, 'net.yaml'));
    const r = await runCli(['draw', 'net.yaml', '--pdf'], { cwd: dir });
    expect(r.stderr).toContain('wrote out/net-figure.pdf');
    expect(existsSync(join(dir, 'out', 'net-figure.pdf'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

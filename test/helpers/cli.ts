// Runs the built CLI (dist/) as a child process, as a user would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `derive FILE --format json --out -` with extra flags and parses the result. */
export function deriveJson(file: string, extra: string[] = []): Record<string, Record<string, number> & unknown> {
  const r = runCli(['derive', file, '--format', 'json', '--out', '-', ...extra]);
  if (r.status !== 0) throw new Error(`derive failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

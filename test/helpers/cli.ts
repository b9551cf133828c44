// Runs the CLI as a user would: in-process through runCli (src/cli/run.ts) for what a command does, or the built
// binary as a child process (spawnCli) where the process itself is what a test checks: exit codes, signals, plumbing.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runCli as run } from '../../src/cli/run.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What package.json's bin runs: the bundled CLI, which starts in less CPU than the unbundled modules (test time). */
export const CLI = join(ROOT, 'dist', 'cli', 'bundle', 'main.js');
/** The unbundled entry tsc writes, for the tests that compare the bundle with it or trace what it loads. */
export const UNBUNDLED_CLI = join(ROOT, 'dist', 'cli', 'main.js');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

// The working directory is the process's: in-process runs take turns, each in its own cwd.
let turn: Promise<unknown> = Promise.resolve();

/** `backprop-tex ARGS` in this process, from `cwd` (default the repository), with stdout and stderr captured. */
export function runCli(args: string[], opts: { cwd?: string } = {}): Promise<CliResult> {
  const result = turn.then(async () => {
    const out: string[] = [];
    const err: string[] = [];
    const home = process.cwd();
    process.chdir(opts.cwd ?? ROOT);
    try {
      const status = await run(args, { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s), isTTY: false } });
      return { status, stdout: out.join(''), stderr: err.join('') };
    } finally {
      process.chdir(home);
    }
  });
  turn = result.catch(() => undefined);
  return result;
}

/** The built binary as a child process. */
export function spawnCli(args: string[], opts: { cwd?: string; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `derive FILE --format json --out -` with extra flags and parses the result. */
export async function deriveJson(file: string, extra: string[] = []): Promise<Record<string, Record<string, number> & unknown>> {
  const r = await runCli(['derive', file, '--format', 'json', '--out', '-', ...extra]);
  if (r.status !== 0) throw new Error(`derive failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

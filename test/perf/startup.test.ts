// The bundled CLI (dist/cli/bundle, what package.json's bin runs) answers as the unbundled modules do, and the
// fast --version and --help of main.ts (no yargs loaded) print what yargs would.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from '../helpers/cli.js';

const BUNDLE = join(ROOT, 'dist', 'cli', 'bundle', 'main.js');
const run = promisify(execFile);

/** A whole process: its exit code and output (the process is what is tested here). */
async function spawn(main: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [main, ...args], { cwd: ROOT, env: { ...process.env, LANG: 'C' }, maxBuffer: 16 << 20 });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const r = e as { code: number; stdout: string; stderr: string };
    return { status: r.code, stdout: r.stdout, stderr: r.stderr };
  }
}

describe('the bundled CLI', () => {
  it.each([
    [['--version']],
    [['--help']],
    [['derive', 'fixtures/mazur-2-2-2.yaml', '--format', 'md', '--out', '-']],
    [['verify', 'test/engine/golden/mazur-2-2-2.tex', '--net', 'fixtures/mazur-2-2-2.yaml']],
    [['derive', 'fixtures/no-such-file.yaml']],
  ])('backprop-tex %j: same output and exit code as the unbundled modules', async (args) => {
    const [bundled, plain] = await Promise.all([spawn(BUNDLE, args), spawn(CLI, args)]);
    expect(bundled).toEqual(plain);
    expect(plain.stdout.length + plain.stderr.length).toBeGreaterThan(0);
  });
});

describe('--version and --help without yargs', () => {
  it('dist/cli/help.txt is what yargs prints for --help, 100 columns wide', async () => {
    const yargs = await runCli(['--help']);
    expect(readFileSync(join(ROOT, 'dist', 'cli', 'help.txt'), 'utf8')).toBe(yargs.stdout);
    expect(yargs.stdout).toContain('backprop-tex derive <file>');
  });

  it('main.ts loads nothing but node: modules before it knows the command is not --version or --help', () => {
    const main = readFileSync(join(ROOT, 'src', 'cli', 'main.ts'), 'utf8');
    const statics = [...main.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(statics).toEqual(['node:fs', 'node:module']);
  });
});

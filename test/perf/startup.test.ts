// The bundled CLI (dist/cli/bundle, what package.json's bin runs) answers as the unbundled modules do, the fast
// --version and --help of main.ts (no yargs loaded) print what yargs would, and derive and verify load only what they run.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, UNBUNDLED_CLI as CLI, runCli } from '../helpers/cli.js';

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
    // Files plainSpec.ts declines, read by zod from the bundle's zod-schemas.cjs: a list of examples, a fault.
    [['derive', 'fixtures/batch-2-1.yaml', '--format', 'md', '--out', '-']],
    [['derive', 'test/perf/startup/misspelled-activation.yaml']],
  ])('backprop-tex %j: same output and exit code as the unbundled modules', async (args) => {
    // main.ts answers a lone --version or --help itself: those are compared process with process; any other command
    // line is runCli's work (main.ts only hands it the process's streams), run here in this process
    const quick = args.length === 1;
    const [bundled, plain] = await Promise.all([spawn(BUNDLE, args), quick ? spawn(CLI, args) : runCli(args)]);
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

/** What a whole process of the CLI (the unbundled modules unless told) loads: ES modules (traced by a loader hook) and CommonJS files (NODE_DEBUG). */
async function loadsOf(args: string[], main = CLI): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bptex-loads-'));
  try {
    const trace = join(dir, 'loads.txt');
    const hook = join(ROOT, 'test', 'helpers', 'traceLoads.mjs');
    const r = await run(process.execPath, ['--import', hook, main, ...args.map((a) => a.replace('$TMP', dir))], { cwd: ROOT, env: { ...process.env, LANG: 'C', TRACE_LOADS: trace, NODE_DEBUG: 'module' }, maxBuffer: 16 << 20 });
    const cjs = [...r.stderr.matchAll(/load "([^"]+)"/g)].map((m) => m[1]!);
    return [...readFileSync(trace, 'utf8').split('\n').filter(Boolean), ...cjs].map((u) => u.replace(/^file:\/\//, '').replace(ROOT, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parts no derive or verify of a network file runs: each was once loaded on every command line, costing start-up time. */
const NEVER = [
  ['the playground server (node:http)', /^node:http$/],
  ['latexmk for --pdf (node:child_process)', /^node:child_process$/],
  ['KaTeX (HTML only)', /node_modules\/katex\//],
  ["mathjs' full build (only derive --exact)", /mathjs\/lib\/(cjs|esm)\/entry\//],
  ['yargs (quickArgs.ts reads these command lines)', /node_modules\/(yargs|yargs-parser)\//],
] as const;
/** derive goes through the light api/derivation.ts (Markdown: the article's network figure is drawn for tex only); verify through api/verification.ts. */
const NOT_IN_DERIVE = [
  ['verify', /\/dist\/verify\//],
  ['training', /\/dist\/train\//],
  ['worksheets and grading', /\/dist\/teach\//],
  ['figures', /\/dist\/draw\/(drawFigure|networkFigure)\.js$/],
] as const;
const NOT_IN_VERIFY = [
  ['training', /\/dist\/train\//],
  ['worksheets and grading', /\/dist\/teach\//],
  ['figures', /\/dist\/draw\/(drawFigure|networkFigure)\.js$/],
] as const;

describe('what a command loads', () => {
  it.each([
    ['derive', ['derive', 'fixtures/mazur-2-2-2.yaml', '--out', '$TMP/m.md'], NOT_IN_DERIVE],
    ['verify', ['verify', 'test/engine/golden/mazur-2-2-2.tex', '--net', 'fixtures/mazur-2-2-2.yaml'], NOT_IN_VERIFY],
  ] as const)('%s of Mazur loads none of the parts it does not run', async (_name, args, more) => {
    const loads = await loadsOf([...args]);
    expect(loads.some((u) => u.endsWith('/dist/cli/main.js'))).toBe(true);
    const unwanted = [...NEVER, ...more].flatMap(([what, re]) => loads.filter((u) => re.test(u)).map((u) => `${what}: ${u}`));
    expect(unwanted).toEqual([]);
  });
});

describe('zod in the bundle', () => {
  it('is loaded (zod-schemas.cjs) for a file plainSpec.ts declines, and not for one it reads', async () => {
    const zod = (loads: string[]) => loads.filter((u) => /zod-schemas\.cjs$|node_modules\/zod\//.test(u));
    const plain = await loadsOf(['verify', 'test/engine/golden/mazur-2-2-2.tex', '--net', 'fixtures/mazur-2-2-2.yaml'], BUNDLE);
    expect(plain.some((u) => u.endsWith('/dist/cli/bundle/main.js'))).toBe(true);
    expect(zod(plain)).toEqual([]);
    const declined = await loadsOf(['derive', 'fixtures/batch-2-1.yaml', '--out', '$TMP/b.md'], BUNDLE);
    expect(zod(declined)).toEqual(['/dist/cli/bundle/zod-schemas.cjs']);
  });
});

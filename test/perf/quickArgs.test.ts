// quickArgs (derive and verify read without yargs) answers exactly as yargs does wherever it answers, and leaves the rest to yargs.
import type { CommandModule } from 'yargs';
import { describe, expect, it } from 'vitest';
import { quickArgs } from '../../src/cli/quickArgs.js';
import { joinDashValues, QUICK_COMMANDS } from '../../src/cli/run.js';
import { parser } from '../../src/cli/yargsCli.js';

/** The arguments object yargs hands the command (the handler replaced by a recorder). */
async function yargsArgs(argv: string[]): Promise<Record<string, unknown>> {
  let seen: Record<string, unknown> = {};
  const recording = QUICK_COMMANDS.map((c) => ({ ...c, handler: (a: Record<string, unknown>) => void (seen = a) })) as unknown as CommandModule<object, never>[];
  const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };
  await parser(quiet, recording, () => {}).parseAsync(joinDashValues(argv));
  return { ...seen, $0: 'backprop-tex' };
}

const quick = (argv: string[]) => quickArgs(joinDashValues(argv), QUICK_COMMANDS)?.args;

describe('quickArgs', () => {
  it.each([
    ['derive', 'fixtures/mazur-2-2-2.yaml'],
    ['derive', 'net.yaml', '--out', 'x.tex', '--force'],
    ['derive', 'net.yaml', '--format', 'md', '--out', '-'],
    ['derive', 'net.yaml', '--decimals', '4', '--hand', '--rounding', 'half-even', '--keep-zeros'],
    ['derive', 'net.yaml', '--lr', '0.1', '--iterations', '3', '--after-update', 'all', '--quiet', '--verbose'],
    ['derive', 'net.yaml', '--notation', 'ng', '--form', 'matrix', '--max-equations', '20', '--decimals=-1'],
    ['derive', 'net.yaml', '--sig', '3', '--eta', '2.5', '--max-params=10'],
    ['derive', '-', '--format', 'txt'],
    ['verify', 'a.tex', '--net', 'n.yaml'],
    ['verify', 'a.tex', 'b.md', 'c.ipynb', '--net', 'n.yaml', '--format', 'jsonl', '--explain'],
    ['verify', 'a.tex', '--net=n.yaml', '--min-coverage', '90', '--plain-text', 'all', '--doc-format', 'md', '--verbose'],
    ['verify', 'a.tex', '--net', 'n.yaml', '--annotate', 'out/a.tex', '--force', '--max-bytes', '100', '--quiet'],
  ])('reads %j as yargs does', async (...argv) => {
    const args = quick(argv);
    expect(args).toBeDefined();
    expect(args).toEqual(await yargsArgs(argv));
  });

  it.each([
    ['derive', 'net.yaml', '--decimals', '4', '--sig', '3'],
    ['derive', 'net.yaml', '--no-force'],
    ['derive', 'net.yaml', '-h'],
    ['derive', 'net.yaml', '--help'],
    ['derive', 'net.yaml', '--decimals', '1e1'],
    ['derive', 'net.yaml', '--decimals', '-1'],
    ['derive', 'net.yaml', '--format', 'pdf'],
    ['derive', 'net.yaml', '--force=false'],
    ['verify', 'a.tex', '--explain', 'true', '--net', 'n.yaml'],
    ['derive', 'a.yaml', 'b.yaml'],
    ['derive'],
    ['derive', '12'],
    ['derive', 'net.yaml', '--out', 'x.tex', '--out', 'y.tex'],
    ['derive', 'net.yaml', '--out'],
    ['derive', 'net.yaml', '--unknown', '3'],
    ['derive', 'net.yaml', '--', 'x'],
    ['verify', 'a.tex', '--net', 'n.yaml', '--name', 'a_1=out_h1'],
    ['verify', '--net', 'n.yaml'],
    ['train', 'net.yaml'],
    ['--version'],
  ])('leaves %j to yargs', (...argv) => {
    expect(quick(argv)).toBeUndefined();
  });
});

// Runs every code block of README.md and docs/*.md marked runnable, in order, in a temporary folder, against the built package:
// shell and Node scripts as child processes (the shell and the package import are what they show), network files in-process.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, normalizeOutput, type CodeBlock } from './markdownBlocks.js';
import { CLI, ROOT, runCli } from '../helpers/cli.js';

const documents = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const blocksOf = (document: string): CodeBlock[] => codeBlocks(readFileSync(join(ROOT, document), 'utf8')).filter((b) => b.runnable || b.file);
/** docs/cli.md is generated from the yargs definitions and has examples, not runnable blocks. */
const withBlocks = documents.filter((d) => d !== 'docs/cli.md');

it.each(withBlocks)('%s has runnable examples', (document) => {
  expect(blocksOf(document).filter((b) => b.runnable).length).toBeGreaterThan(0);
});

/** A folder with the fixtures, `backprop-tex` on the PATH and `import 'backprop-tex'` resolving to this repository. */
function workspace(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'bptex-docs-'));
  cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'backprop-tex'), 'dir');
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'backprop-tex'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'backprop-tex'), 0o755);
  return { dir, env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, NO_COLOR: '1' } };
}

async function run(block: CodeBlock, dir: string, env: NodeJS.ProcessEnv): Promise<{ status: number; out: string }> {
  if (block.file) writeFileSync(join(dir, block.file), block.code);
  let command: [string, string[]];
  if (block.lang === 'sh') command = ['bash', ['-e', '-c', block.code]];
  else if (block.lang === 'mjs') {
    const script = join(dir, `.block-${block.line}.mjs`);
    writeFileSync(script, block.code);
    command = [process.execPath, [script]];
  } else if (block.lang === 'yaml' && block.file) {
    const r = await runCli(['derive', block.file, '--format', 'json', '--out', '-'], { cwd: dir });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  } else throw new Error(`line ${block.line}: a runnable block must be sh, mjs, or yaml with file=NAME`);
  const r = spawnSync(command[0], command[1], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

describe.each(withBlocks.filter((d) => blocksOf(d).length > 0))('%s', (document) => {
  const blocks = blocksOf(document);
  const { dir, env } = workspace();

  it.each(blocks.map((b) => [`${b.lang} block at line ${b.line}`, b] as const))('runs its %s', async (_name, block) => {
    if (!block.runnable) {
      writeFileSync(join(dir, block.file!), block.code);
      return;
    }
    const { status, out } = await run(block, dir, env);
    expect(status, out).toBe(block.exit);
    if (block.output !== undefined) expect(normalizeOutput(out)).toContain(normalizeOutput(block.output));
  });
});

// Runs every code block of README.md and docs/*.md marked runnable, in order, in a temporary folder: shell and Node scripts
// as child processes (the shell and the import of the built package are what they show), the `backprop-tex` commands
// of the shell and the network files in-process (test/docs/cliServer.ts).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCliServer } from './cliServer.js';
import { codeBlocks, normalizeOutput, type CodeBlock } from './markdownBlocks.js';
import { ROOT, runCli } from '../helpers/cli.js';

const documents = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
type Block = CodeBlock & { document: string };
const blockCache = new Map<string, Block[]>();
/** The runnable and file blocks of a document, parsed once (the same objects each call, so a group can be found again). */
function blocksOf(document: string): Block[] {
  if (!blockCache.has(document)) {
    const blocks = codeBlocks(readFileSync(join(ROOT, document), 'utf8')).filter((b) => b.runnable || b.file);
    blockCache.set(document, blocks.map((b) => ({ ...b, document })));
  }
  return blockCache.get(document)!;
}
/** docs/cli.md is generated from the yargs definitions and has examples, not runnable blocks. */
const withBlocks = documents.filter((d) => d !== 'docs/cli.md');
const cli = await startCliServer(mkdtempSync(join(tmpdir(), 'bptex-docs-cli-')));
afterAll(() => cli.close());

it.each(withBlocks)('%s has runnable examples', (document) => {
  expect(blocksOf(document).filter((b) => b.runnable).length).toBeGreaterThan(0);
});

/** A folder with the fixtures, `backprop-tex` on the PATH and `import 'backprop-tex'` resolving to this repository's build. */
function workspace(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'bptex-docs-'));
  cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'backprop-tex'), 'dir');
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'backprop-tex'), cli.script);
  chmodSync(join(bin, 'backprop-tex'), 0o755);
  return { dir, env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, NO_COLOR: '1' } };
}

async function run(block: Block, dir: string, env: NodeJS.ProcessEnv): Promise<{ status: number; out: string }> {
  if (block.file) writeFileSync(join(dir, block.file), block.code);
  let command: [string, string[]];
  if (block.lang === 'sh') command = ['bash', ['-e', '-c', block.code]];
  else if (block.lang === 'mjs' && block.exit === 0) {
    return (await mjsGroup(block, dir, env)).get(block.line)!;
  } else if (block.lang === 'mjs') {
    // a block that must exit with a code of its own runs alone: its process's code is what is checked
    const script = join(dir, `.block-${block.line}.mjs`);
    writeFileSync(script, block.code);
    command = [process.execPath, [script]];
  } else if (block.lang === 'yaml' && block.file) {
    const r = await runCli(['derive', block.file, '--format', 'json', '--out', '-'], { cwd: dir });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  } else throw new Error(`line ${block.line}: a runnable block must be sh, mjs, or yaml with file=NAME`);
  return spawnAsync(command, dir, env);
}

/** A child process that leaves the event loop free (the shell's `backprop-tex` commands are answered from it). */
function spawnAsync([command, args]: [string, string[]], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
    const [out, err]: Buffer[][] = [[], []];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (status) => resolve({ status: status ?? -1, out: Buffer.concat([...out, ...err]).toString('utf8') }));
  });
}

/**
 * A run of consecutive mjs blocks (nothing written between them) runs in one Node process, each block imported in turn
 * with its console captured: the package loads once instead of once a block (test time). A block that throws gets 1.
 */
const RUNNER = `import { format } from 'node:util';
import { pathToFileURL } from 'node:url';
const results = {};
for (const [line, file] of JSON.parse(process.argv[2])) {
  const out = [];
  const saved = [console.log, console.error, console.warn];
  console.log = console.error = console.warn = (...args) => out.push(format(...args) + '\\n');
  let status = 0;
  try { await import(pathToFileURL(file).href); } catch (err) { out.push(String(err?.stack ?? err) + '\\n'); status = 1; }
  [console.log, console.error, console.warn] = saved;
  results[line] = { status, out: out.join('') };
}
process.stdout.write(JSON.stringify(results));
`;
type Outcome = { status: number; out: string };
const groups = new Map<Block, Promise<Map<number, Outcome>>>();

function mjsGroup(block: Block, dir: string, env: NodeJS.ProcessEnv): Promise<Map<number, Outcome>> {
  const cached = groups.get(block);
  if (cached) return cached;
  const all = blocksOf(block.document);
  const group: Block[] = [];
  for (const b of all.slice(all.indexOf(block))) {
    if (b.lang !== 'mjs' || !b.runnable || b.file || b.exit !== 0) break;
    group.push(b);
  }
  const files = group.map((b) => {
    const script = join(dir, `.block-${b.line}.mjs`);
    writeFileSync(script, b.code);
    return [b.line, script];
  });
  writeFileSync(join(dir, '.blocks.mjs'), RUNNER);
  const r = spawnSync(process.execPath, [join(dir, '.blocks.mjs'), JSON.stringify(files)], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  const result = r.status === 0
    ? Promise.resolve(new Map(Object.entries(JSON.parse(r.stdout) as Record<string, Outcome>).map(([line, v]) => [Number(line), v])))
    : Promise.reject(new Error(`the mjs blocks from line ${block.line} did not run: ${r.stderr}`));
  for (const b of group) groups.set(b, result);
  return result;
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

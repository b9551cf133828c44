// File-system errors and broken pipes end in one line (or quietly), never a stack trace; input is counted as it is read.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputText } from '../../src/util/readInput.js';
import { CLI, ROOT, runCli } from '../helpers/cli.js';

const MAZUR = join(ROOT, 'fixtures', 'mazur-2-2-2.yaml');
const dir = mkdtempSync(join(tmpdir(), 'bptex-fs-'));
mkdirSync(join(dir, 'folder'));
writeFileSync(join(dir, 'file'), 'x');
writeFileSync(join(dir, 'secret.yaml'), readFileSync(MAZUR));
chmodSync(join(dir, 'secret.yaml'), 0o000);
const asRoot = process.getuid?.() === 0;

describe('inputs that cannot be read', () => {
  it.each([
    [['derive', 'folder'], 'folder: cannot read: is a folder; name a file (EISDIR)'],
    [['derive', MAZUR, '--out', 'file/x.tex'], 'file/x.tex: cannot write: a part of this path is a file, not a folder (ENOTDIR)'],
    [['derive', 'missing.yaml'], 'missing.yaml: cannot read: no such file or folder (ENOENT)'],
    [['derive', 'file/x.yaml'], 'file/x.yaml: cannot read: a part of this path is a file, not a folder (ENOTDIR)'],
    [['derive', '/dev/zero'], '/dev/zero: the file has more bytes than the limit of 10485760 (raise it with --max-bytes)'],
    [['draw', '/dev/zero', '--max-bytes', '1000'], '/dev/zero: the file has more bytes than the limit of 1000 (raise it with --max-bytes)'],
    [['train', 'folder'], 'folder: cannot read: is a folder; name a file (EISDIR)'],
    [['verify', MAZUR, '--net', 'folder'], 'folder: cannot read: is a folder; name a file (EISDIR)'],
  ])('%j: one line, exit 2', async (args, message) => {
    const r = await runCli(args, { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${message}\n`]);
  });

  it.skipIf(asRoot)('reports a file it may not read', async () => {
    const r = await runCli(['derive', 'secret.yaml'], { cwd: dir });
    expect(r.stderr).toBe('secret.yaml: cannot read: permission denied; choose a path you may write, or change its permissions (EACCES)\n');
  });

  it('counts the bytes of a stream as they arrive', () => {
    expect(() => readInputText('/dev/zero', 4096)).toThrow('the file has more bytes than the limit of 4096');
    expect(readInputText(MAZUR, 1e6)).toBe(readFileSync(MAZUR, 'utf8'));
  });
});

describe('standard streams (spawned: the process is what is tested)', () => {
  const sh = (script: string) => spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, CLI, MAZUR } });

  it('ends quietly when the reader of a pipe goes away, reads - as standard input, and reports a full stdout', () => {
    const r = sh('node "$CLI" derive "$MAZUR" --format md --out - | head -c 10 >/dev/null; echo "pipe=$?"; cat "$MAZUR" | node "$CLI" derive - --format txt --out - | head -1; node "$CLI" derive "$MAZUR" --out - >/dev/full; echo "full=$?"; head -c 200000 /dev/zero | node "$CLI" derive - --max-bytes 1000; echo "big=$?"');
    expect(r.stdout).toBe('pipe=0\nA Step by Step Backpropagation Example\nfull=2\nbig=2\n');
    expect(r.stderr).toBe('backprop-tex: cannot write to standard output (ENOSPC)\n/dev/stdin: the file has more bytes than the limit of 1000 (raise it with --max-bytes)\n');
  });

  it('fails when standard output was closed (>&-), which Node reopens as /dev/null, and not for > /dev/null or --out FILE', () => {
    const r = sh('node "$CLI" derive "$MAZUR" --format txt --out - >&-; echo "closed=$?" >&2; node "$CLI" derive "$MAZUR" --format txt --out - >/dev/null; echo "null=$?"; node "$CLI" derive "$MAZUR" --out closed.tex --quiet >&-; echo "file=$?" >&2');
    expect(r.stdout).toBe('null=0\n');
    expect(r.stderr).toBe('backprop-tex: standard output is closed (>&-); the output was not written (use --out FILE, or > /dev/null to discard it)\nclosed=2\nfile=0\n');
  });
});

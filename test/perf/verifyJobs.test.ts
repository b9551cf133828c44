// verify --jobs: the built CLI checks several documents in worker threads and prints what one thread prints: one
// report per document in document order, the same notes, the worst exit status, and an error where one thread stops.
// The runs with worker threads are child processes (the bundle's worker script is what they start); what one thread
// prints, and the refusal of a bad --jobs, come from the CLI in this process (test time: three processes fewer).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'verify-jobs-'));
const NET = join(ROOT, 'fixtures/mazur-2-2-2.yaml');
const GOLDEN = join(ROOT, 'test/engine/golden/mazur-2-2-2.tex');
const write = (name: string, text: string): string => (writeFileSync(join(dir, name), text), join(dir, name));
const good = write('good.md', '$$w_5^+ = 0.35891648$$\n');
const bad = write('bad.md', '$$w_5^+ = 0.37$$\n');
const prose = write('prose.md', 'The network has 2 inputs and learns with rate 0.5.\n');
const little = write('little.md', '$$w_5^+ = 0.35891648$$\n\n$$q_1 = 0.5$$, $$q_2 = 0.25$$\n');

const verify = (docs: string[], ...extra: string[]) => spawnCli(['verify', ...docs, '--net', NET, ...extra]);
/** The same command line with one thread, in this process. */
const verifyHere = (docs: string[], ...extra: string[]) => runCli(['verify', ...docs, '--net', NET, ...extra]);
const documentsOf = (stdout: string): string[] => [...stdout.matchAll(/^backprop-tex verify: (\S+)/gm)].map((m) => m[1]!);

describe('verify --jobs', () => {
  it('prints byte for byte what one thread prints: reports in document order, notes, summary', async () => {
    const docs = [GOLDEN, bad, little, GOLDEN, prose, good, GOLDEN, little];
    const one = await verifyHere(docs, '--jobs', '1');
    const three = verify(docs, '--jobs', '3');
    expect(three).toEqual(one);
    expect(documentsOf(three.stdout)).toEqual(docs);
    expect(three.status).toBe(1);
    expect(three.stderr.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('exits with the worst status of its documents', () => {
    expect(verify([good, prose, good], '--jobs', '2').status).toBe(3);
    expect(verify([prose, good, bad], '--jobs', '2').status).toBe(1);
    expect(verify([good, little, good], '--jobs', '2').status).toBe(0);
  });

  it('stops at a document that cannot be read where one thread stops, after the reports before it', async () => {
    const docs = [GOLDEN, good, join(dir, 'missing.md'), bad, GOLDEN];
    const two = verify(docs, '--jobs', '2');
    expect(two).toEqual(await verifyHere(docs, '--jobs', '1'));
    expect(two.status).toBe(2);
    expect(documentsOf(two.stdout)).toEqual([GOLDEN, good]);
  });

  it('writes JSON lines in document order', () => {
    const lines = verify([bad, good, bad], '--format', 'jsonl', '--jobs', '3').stdout.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { errors: { roots: number } }).errors.roots)).toEqual([1, 0, 1]);
  });

  it('refuses a --jobs that is not a whole number of at least 1', async () => {
    const r = await verifyHere([good], '--jobs', '0');
    expect([r.status, r.stderr]).toEqual([2, expect.stringContaining('--jobs takes a whole number from 1 to 1024, not 0')]);
  });
});

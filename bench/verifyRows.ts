// Rows (k) (issue 13's speed): verify of the scalar derivation of a 4-12-12-3 network (2,034 equations), cold process and
// warm, and of a lecture deck: the Beamer derivation of 3-4-3 (57 frames, 57 pages once compiled).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { derive, loadNetwork, verify } from '../src/api.js';
import { formatMs, formatRatio, median, timeOnce } from './measure.js';
import type { Row } from './table.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(root, 'dist', 'cli', 'bundle', 'main.js');

/** Runs the installed CLI; an exit status other than `ok` stops the bench. */
function cli(args: readonly string[], cwd: string, ok: readonly number[] = [0]): number {
  let r!: ReturnType<typeof spawnSync>;
  const ms = timeOnce(() => (r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } })));
  if (!ok.includes(r.status ?? -1)) throw new Error(`backprop-tex ${args.join(' ')} exited ${r.status}: ${String(r.stderr).split('\n')[0]}`);
  return ms;
}

/** The document a lecturer would check: `init --shape 4-12-12-3` derived in the scalar (Mazur) form, every equation. */
function writeDocument(dir: string): { net: string; doc: string; equations: number } {
  cli(['init', 'net.yaml', '--shape', '4-12-12-3', '--seed', '1'], dir);
  cli(['derive', 'net.yaml', '--form', 'scalar', '--max-equations', '100000', '--out', 'doc.tex'], dir);
  writeFileSync(join(dir, 'empty.tex'), '\\documentclass{article}\n\\begin{document}\nNo equations.\n\\end{document}\n');
  const text = readFileSync(join(dir, 'doc.tex'), 'utf8');
  return { net: join(dir, 'net.yaml'), doc: join(dir, 'doc.tex'), equations: verify(text, derive(loadNetwork(join(dir, 'net.yaml')))).equations };
}

/** A lecture deck: `derive --format beamer` of an `init --shape 3-4-3` network, one slide a frame. */
function writeDeck(dir: string): { net: string; doc: string; frames: number } {
  cli(['init', 'deck.yaml', '--shape', '3-4-3', '--seed', '1'], dir);
  cli(['derive', 'deck.yaml', '--format', 'beamer', '--out', 'deck.tex'], dir);
  const frames = readFileSync(join(dir, 'deck.tex'), 'utf8').split('\\begin{frame}').length - 1;
  return { net: join(dir, 'deck.yaml'), doc: join(dir, 'deck.tex'), frames };
}

/** Medians of whole `verify` processes of `doc` and of the document without equations (start-up), interleaved. */
function coldRuns(doc: string, net: string, dir: string, runs: number): { cold: number; start: number } {
  const cold: number[] = [];
  const start: number[] = [];
  for (let i = 0; i < runs; i++) {
    cold.push(cli(['verify', doc, '--net', net], dir));
    start.push(cli(['verify', join(dir, 'empty.tex'), '--net', net], dir, [3]));
  }
  return { cold: median(cold), start: median(start) };
}

/**
 * (k) cold: whole `verify` processes beside verify of a document without equations (start-up: the modules loaded and
 * the network derived, exit 3 for nothing judged), interleaved; warm: derive + verify again in this process.
 */
export function verifyRows(runs = 3): Row[] {
  if (!existsSync(BIN)) return [{ name: '(k) verify 4-12-12-3', ours: 'n/a (CLI bundle not built)', baseline: '', ratio: 'n/a', note: '' }];
  const dir = mkdtempSync(join(tmpdir(), 'bptex-bench-verify-'));
  try {
    const { net, doc, equations } = writeDocument(dir);
    const { cold: c, start: s } = coldRuns(doc, net, dir, runs);
    const deck = writeDeck(dir);
    const d = coldRuns(deck.doc, deck.net, dir, runs);
    const text = readFileSync(doc, 'utf8');
    const once = (): number => timeOnce(() => verify(text, derive(loadNetwork(net)), { file: doc }));
    once();
    const warm = Array.from({ length: runs }, once);
    const w = median(warm);
    const what = `${equations.toLocaleString('en-US')}-equation derivation of 4-12-12-3`;
    return [
      {
        name: `(k) verify of a ${what}, whole process`,
        ours: formatMs(c),
        baseline: `${formatMs(s)} no equations`,
        ratio: formatRatio(c, s),
        note: `work after start-up ${formatMs(c - s)}: target < 1 s (${c - s < 1000 ? 'met' : 'NOT met'}); median of ${runs} interleaved`,
      },
      {
        name: `(k) verify of a ${what}, warm (derive + verify in one process)`,
        ours: formatMs(w),
        baseline: `${formatMs(c - s)} cold work`,
        ratio: formatRatio(w, c - s),
        note: `target < 1 s (${w < 1000 ? 'met' : 'NOT met'}); median of ${runs} after one unmeasured run`,
      },
      {
        name: `(k) verify of a ${deck.frames}-frame Beamer deck (derive of 3-4-3), whole process`,
        ours: formatMs(d.cold),
        baseline: `${formatMs(d.start)} no equations`,
        ratio: formatRatio(d.cold, d.start),
        note: `work after start-up ${formatMs(d.cold - d.start)}: target < 2 s for a 50-page deck (${d.cold - d.start < 2000 ? 'met' : 'NOT met'}); median of ${runs} interleaved`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

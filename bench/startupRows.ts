// Start-up rows (issue 20): whole processes of the installed CLI (the bundle package.json's bin runs) against bare node and mathjs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMs, formatRatio, median, timeOnce } from './measure.js';
import type { Row } from './table.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(root, 'dist', 'cli', 'bundle', 'main.js');
const MAZUR = join(root, 'fixtures', 'mazur-2-2-2.yaml');
/** A document as a lecturer would check it: the Mazur derivation as LaTeX (176 equations' worth of claims). */
const DOCUMENT = join(root, 'test', 'engine', 'golden', 'mazur-2-2-2.tex');
const NODE_ONLY = ['-e', '0'];
const IMPORT_MATHJS = ['-e', "import('mathjs')"];

/** Wall time of one process; a failure (other than the exit codes a run may end with) stops the bench. */
function spawnMs(args: readonly string[], ok: readonly number[] = [0]): number {
  let status: number | null = 0;
  let stderr = '';
  const ms = timeOnce(() => ({ status, stderr } = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'C' } })));
  if (!ok.includes(status ?? -1)) throw new Error(`node ${args.join(' ')} exited ${status}: ${stderr.split('\n')[0]}`);
  return ms;
}

/** target: the bound on ours / baseline; none for a row that only shows a cost. */
interface Ratio { name: string; ours: () => number; baseline: () => number; baselineName: string; target?: number; runs: number }

/** Medians of interleaved samples of ours and the baseline (load on the machine hits both alike). */
function ratioRow(r: Ratio): Row {
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < r.runs; i++) {
    ours.push(r.ours());
    base.push(r.baseline());
  }
  const [o, b] = [median(ours), median(base)];
  const target = r.target === undefined ? 'no target' : `target ≤ ${r.target}× (${o / b <= r.target ? 'met' : 'NOT met'})`;
  return { name: r.name, ours: formatMs(o), baseline: `${formatMs(b)} ${r.baselineName}`, ratio: formatRatio(o, b), note: `${target}; median of ${r.runs} interleaved` };
}

/** (g) derive and verify, (i) --version and --help, (j) 30 documents in one run: the targets. */
export function startupRows(runs = 5): Row[] {
  if (!existsSync(BIN)) return [{ name: '(g–j) start-up', ours: 'n/a (CLI bundle not built)', baseline: '', ratio: 'n/a', note: '' }];
  const dir = mkdtempSync(join(tmpdir(), 'bptex-bench-'));
  try {
    const docs = Array.from({ length: 30 }, (_, i) => join(dir, `deck-${i + 1}.tex`));
    for (const d of docs) copyFileSync(DOCUMENT, d);
    const verifyArgs = (files: string[]) => [BIN, 'verify', ...files, '--net', MAZUR];
    const mathjs = { baseline: () => spawnMs(IMPORT_MATHJS), baselineName: 'node -e "import(\'mathjs\')"', runs };
    const separate = { baseline: () => docs.reduce((sum, d) => sum + spawnMs(verifyArgs([d])), 0), baselineName: '30 separate runs', runs: 2 };
    const cores = availableParallelism();
    const bare = { baseline: () => spawnMs(NODE_ONLY), baselineName: 'node -e 0', runs, target: 2.5 };
    return [
      ratioRow({ name: '(g) CLI derive mazur-2-2-2 → .tex, whole process', ours: () => spawnMs([BIN, 'derive', MAZUR, '--out', join(dir, 'x.tex'), '--force']), target: 0.3, ...mathjs }),
      ratioRow({ name: '(g) CLI verify of a document (mazur-2-2-2.tex), whole process', ours: () => spawnMs(verifyArgs([DOCUMENT])), target: 0.4, ...mathjs }),
      ratioRow({ name: '(i) CLI --version, whole process', ours: () => spawnMs([BIN, '--version']), ...bare }),
      ratioRow({ name: '(i) CLI --help, whole process', ours: () => spawnMs([BIN, '--help']), ...bare }),
      ratioRow({ name: '(j) verify of 30 documents in one run (default: one thread)', ours: () => spawnMs(verifyArgs(docs)), target: 0.15, ...separate }),
      // the same run with a worker thread per core: what the workers add on this machine
      ratioRow({ name: `(j) verify of 30 documents in one run, --jobs ${cores}`, ours: () => spawnMs([...verifyArgs(docs), '--jobs', String(cores)]), ...separate }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Rows that spawn processes: (f) 8-8-8-8 from nothing in a fresh process, (g) the CLI's whole run against importing mathjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMs, formatRatio, median, timeOnce } from './measure.js';
import type { Row } from './table.js';

const here = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));

/** (f) Median over fresh processes: parse + graph + derive + compile + evaluate, beside plain arrays built and run cold. */
export function coldStartRow(runs = 7): Row {
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [here('./coldStart.js')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`coldStart failed: ${r.stderr}`);
    const m = JSON.parse(r.stdout) as { ours: number; baseline: number };
    ours.push(m.ours);
    base.push(m.baseline);
  }
  const [o, b] = [median(ours), median(base)];
  return {
    name: '(f) 8-8-8-8 (216 params) derived, compiled, evaluated from nothing',
    ours: formatMs(o),
    baseline: `${formatMs(b)} plain, cold`,
    ratio: formatRatio(o, b),
    note: `target < 25 ms (${o < 25 ? 'met' : 'NOT met'}); fresh process, imports not timed, median of ${runs}`,
  };
}

/** (g) `derive` of Mazur's file as a whole process, against a process that only imports mathjs. */
export function cliRow(runs = 5): Row {
  const name = '(g) CLI derive mazur-2-2-2 → .tex, whole process';
  const main = here('../../dist/cli/main.js');
  if (!existsSync(main)) return { name, ours: 'n/a (CLI not built)', baseline: '', ratio: 'n/a', note: '' };
  const root = here('../../');
  const dir = mkdtempSync(join(tmpdir(), 'bptex-bench-'));
  const cli = [main, 'derive', join(root, 'fixtures', 'mazur-2-2-2.yaml'), '--out', join(dir, 'x.tex')];
  const ours: number[] = [];
  const base: number[] = [];
  let failure = '';
  for (let i = 0; i < runs; i++) {
    ours.push(timeOnce(() => {
      const r = spawnSync(process.execPath, cli, { encoding: 'utf8', cwd: root });
      if (r.status !== 0) failure = r.stderr.split('\n')[0] ?? `exit ${r.status}`;
    }));
    base.push(timeOnce(() => spawnSync(process.execPath, ['-e', "import('mathjs')"], { cwd: root })));
  }
  rmSync(dir, { recursive: true, force: true });
  if (failure) return { name, ours: `failed: ${failure}`, baseline: '', ratio: 'n/a', note: '' };
  const [o, b] = [median(ours), median(base)];
  return { name, ours: formatMs(o), baseline: `${formatMs(b)} node -e "import('mathjs')"`, ratio: formatRatio(o, b), note: `median of ${runs} spawns each` };
}

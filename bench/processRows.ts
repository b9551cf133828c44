// Row (f): 8-8-8-8 from nothing in a fresh process (the CLI's whole-process rows are in startupRows.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { formatMs, formatRatio, median } from './measure.js';
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

// The bench's one table: a row per measurement, ours beside its same-run baseline and their ratio.
export interface Row {
  name: string;
  ours: string;
  baseline: string;
  /** ours / baseline, or a reason there is none. */
  ratio: string;
  /** The target and whether it was met, or what the numbers mean. */
  note: string;
}

const HEADER: Row = { name: 'benchmark', ours: 'ours', baseline: 'baseline (same run)', ratio: 'ratio', note: 'target / note' };

export function formatTable(rows: readonly Row[]): string {
  const all = [HEADER, ...rows];
  const keys = ['name', 'ours', 'baseline', 'ratio', 'note'] as const;
  const width = keys.map((k) => Math.max(...all.map((r) => [...r[k]].length)));
  const line = (r: Row): string => `| ${keys.map((k, i) => r[k].padEnd(width[i]!)).join(' | ')} |`;
  const rule = `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(HEADER), rule, ...rows.map(line)].join('\n');
}

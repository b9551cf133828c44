// Every fixture × {article, beamer, draw, train, sweep} compiles with nothing off the page: no Overfull \hbox over
// 1 pt, no Overfull \vbox; so does every layered fixture's matrix deck (four of them in each convention). The documents of one kind
// share one pdflatex run (four runs in all) to keep the test fast, a frame written alike in several decks compiled once
// for all of them; derive --batch-size's steps in tex and beamer join them.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { compileBatch, type BatchDocument, type BatchResult } from '../helpers/batchLatex.js';
import { requireLatex } from '../helpers/latex.js';
import { ROOT } from './trainFixtures.js';

const FIXTURE_DIRS = ['fixtures', 'test/engine/graphs', 'test/output/fixtures'];
export const EVERY_FIXTURE = FIXTURE_DIRS.flatMap((d) =>
  readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.yaml')).map((f) => join(ROOT, d, f)),
);
const hasLatex = requireLatex();
/** A batch whose matrices are wider than a frame: the deck splits them by columns. */
const WIDE = join(ROOT, 'test/matrix/fixtures/wide-batch-2-2-1.yaml');
/** Twelve examples of one unit: the mean loss's sum is wider than the page. */
const TWELVE = join(ROOT, 'test/matrix/fixtures/batch-12-2-1.yaml');

/** Fixtures whose matrix deck is compiled in all three conventions (the others in the column one, for test time). */
const EVERY_CONVENTION = new Set(['mazur-2-2-2', 'softmax-ce-2-2-3', 'mixed-2-2-2-1', basename(WIDE, '.yaml'), basename(TWELVE, '.yaml')]);

/** `derive --form matrix --format beamer` in each convention; a network that is not dense layers is refused (exit 2). */
async function matrixDecks(file: string): Promise<BatchDocument[]> {
  const docs: BatchDocument[] = [];
  for (const notation of EVERY_CONVENTION.has(basename(file, '.yaml')) ? ['column', 'ng', 'row-major'] : ['column']) {
    const r = await runCli(['derive', file, '--form', 'matrix', '--format', 'beamer', '--out', '-', ...(notation === 'column' ? [] : ['--notation', notation])]);
    if (r.status === 2 && notation === 'column') return [];
    expect(r.status, `${basename(file)} matrix ${notation}: ${r.stderr}`).toBe(0);
    docs.push({ name: `${basename(file, '.yaml')} matrix deck ${notation}`, source: r.stdout });
  }
  return docs;
}

/**
 * derive --iterations --batch-size in tex and beamer: online SGD of a fixture, and a batch of 8 whose sums (E_total's
 * ⅛(…) of the mean among them) wrap and whose step runs over frames; and the article and deck of a batch of 12, whose
 * mean loss wraps inside its parentheses (the long products of WIDE's article, wrapped at \cdot, are checked in meanWraps.test.ts).
 */
async function miniBatchDocs(): Promise<BatchDocument[]> {
  const eight = join(mkdtempSync(join(tmpdir(), 'bptex-mb-')), 'eight.yaml');
  const examples = Array.from({ length: 8 }, (_, i) => `  - { inputs: { x1: ${i % 2}, x2: ${(i >> 1) % 2} }, targets: { o1: ${(i % 3) / 2} } }`);
  writeFileSync(eight, ['inputs: {}', 'examples:', ...examples, 'batch: mean', 'parameters: { w1: 0.5, w2: -0.5, b: 0.1 }', 'layers:', '  - activation: sigmoid',
    '    neurons:', '      o1: { weights: { w1: x1, w2: x2 }, bias: b }'].join('\n'));
  const runs: [string, string[]][] = [[join(ROOT, 'fixtures/batch-2-1.yaml'), ['--batch-size', '1']], [eight, ['--batch-size', '8']]];
  const docs: BatchDocument[] = [];
  for (const [file, batch] of runs) for (const format of ['tex', 'beamer']) {
    const r = await runCli(['derive', file, '--iterations', '2', ...batch, '--format', format, '--out', '-']);
    expect(r.status, r.stderr).toBe(0);
    docs.push({ name: `${basename(file, '.yaml')} ${batch.join(' ')} ${format}`, source: r.stdout });
  }
  for (const format of ['tex', 'beamer']) {
    const r = await runCli(['derive', TWELVE, '--format', format, '--out', '-']);
    expect(r.status, r.stderr).toBe(0);
    docs.push({ name: `${basename(TWELVE, '.yaml')} ${format}`, source: r.stdout });
  }
  return docs;
}

/** A kind a fixture cannot have (training a graph without parameters) is refused in one line with exit 2. */
async function generate(file: string, kind: string): Promise<BatchDocument[]> {
  const name = basename(file, '.yaml');
  const dir = mkdtempSync(join(tmpdir(), 'bptex-all-'));
  const args: Record<string, string[]> = {
    article: ['derive', file, '--format', 'tex', '--out', '-'],
    beamer: ['derive', file, '--format', 'beamer', '--out', '-'],
    draw: ['draw', file, '--out', '-'],
    train: ['train', file, '--epochs', '20', '--out-dir', dir, '--quiet'],
    sweep: ['train', file, '--epochs', '10', '--sweep-lr', '0.1,0.5,1,2', '--out-dir', dir, '--quiet'],
  };
  const r = await runCli(args[kind]!);
  if (r.status === 2 && (kind === 'train' || kind === 'sweep')) {
    expect(r.stderr.trim().split('\n'), `${name} ${kind}`).toHaveLength(1);
    return [];
  }
  expect(r.status, `${name} ${kind}: ${r.stderr}`).toBe(0);
  if (kind !== 'train' && kind !== 'sweep') return [{ name: `${name} ${kind}`, source: r.stdout }];
  return readdirSync(dir).filter((f) => f.endsWith('.tex')).map((f) => ({ name: `${name} ${kind} ${f}`, source: readFileSync(join(dir, f), 'utf8') }));
}

/** Which run a generated file belongs to: its document class decides. */
function runOf(doc: BatchDocument): 'article' | 'beamer' | 'train' | 'standalone' {
  const cls = /\\documentclass(\[[^\]]*\])?\{(\w+)\}/.exec(doc.source)!;
  if (cls[2] === 'beamer') return 'beamer';
  if (cls[2] === 'standalone') return 'standalone';
  return cls[1]?.includes('10pt') ? 'train' : 'article';
}

const CLASSES = {
  article: '\\documentclass[11pt]{article}',
  beamer: '\\documentclass[aspectratio=169,10pt]{beamer}',
  train: '\\documentclass[10pt]{article}',
  standalone: '\\documentclass[tikz,border=4pt]{standalone}',
} as const;

describe.runIf(hasLatex)('every fixture in every output kind', () => {
  const results = new Map<string, BatchResult>();
  beforeAll(async () => {
    const docs: BatchDocument[] = [];
    for (const file of EVERY_FIXTURE) for (const kind of ['article', 'beamer', 'draw', 'train', 'sweep']) docs.push(...(await generate(file, kind)));
    const decks = (await Promise.all([...EVERY_FIXTURE, WIDE, TWELVE].map(matrixDecks))).flat();
    expect(decks.length, 'every layered fixture, four of them in three conventions').toBeGreaterThanOrEqual(12);
    docs.push(...decks, ...(await miniBatchDocs()));
    const runs = Object.keys(CLASSES) as (keyof typeof CLASSES)[];
    const compiled = await Promise.all(runs.map((run) => compileBatch(CLASSES[run], docs.filter((d) => runOf(d) === run), `all-${run}`, true, { shareFrames: true })));
    runs.forEach((run, i) => results.set(run, compiled[i]!));
  }, 600_000);

  it.each(Object.keys(CLASSES))('%s documents compile without errors and nothing leaves the page', (run) => {
    const result = results.get(run)!;
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.overfull).toEqual([]);
  });
});

// Rows (d)-(f): derivation time against mathjs.derivative of the expanded loss, time per parameter, nodes per parameter.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { deriveGraph, type Derivation } from '../src/derive/deriveGraph.js';
import { compileNetwork } from '../src/graph/compileNetwork.js';
import { formatMs, formatRatio, median, timeOnce } from './measure.js';
import { deepShape, denseDefinition, type MedianStageTimes, type StageTimes } from './pipeline.js';
import type { Row } from './table.js';

const MATHJS_BUDGET_MS = 10_000;

/** ms for mathjs.derivative of the expanded loss by every parameter, or undefined past the budget. */
function mathjsDerivativeMs(depth: number): Promise<number | undefined> {
  const worker = new Worker(new URL('./mathjsWorker.js', import.meta.url), { workerData: { depth } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void worker.terminate().then(() => resolve(undefined)), MATHJS_BUDGET_MS);
    worker.once('message', (m: { ms: number }) => {
      clearTimeout(timer);
      void worker.terminate().then(() => resolve(m.ms));
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Median ms of deriveGraph on a fresh graph of the shape (graph building not timed). */
function deriveMs(shape: number[], repeats: number): number {
  const def = denseDefinition(shape);
  return median(Array.from({ length: repeats }, () => {
    const graph = compileNetwork(def);
    return timeOnce(() => deriveGraph(graph));
  }));
}

/** (d) Width-2 sigmoid nets of depth 1-6, and 784-100-10; mathjs on the expanded loss for depths 1-3. */
export async function derivationRows(big: MedianStageTimes, bigShape: number[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (let depth = 1; depth <= 6; depth++) {
    const shape = deepShape(2, 2, depth - 1, 2);
    const ours = deriveMs(shape, 21);
    const params = depth * 6;
    const theirs = depth <= 3 ? await mathjsDerivativeMs(depth) : undefined;
    rows.push({
      name: `(d) derive all gradients, width 2 depth ${depth} (${params} params)`,
      ours: formatMs(ours),
      baseline: depth > 3 ? 'not run (depth > 3)' : theirs === undefined ? `skipped (>${MATHJS_BUDGET_MS / 1000} s)` : `${formatMs(theirs)} mathjs.derivative`,
      ratio: theirs === undefined ? depth > 3 ? 'n/a' : `< ${formatRatio(ours, MATHJS_BUDGET_MS)}` : formatRatio(ours, theirs),
      note: 'mathjs: derivative(expanded E, p) for every p, default simplify',
    });
  }
  rows.push({
    name: `(d) derive all gradients, ${bigShape.join('-')} (${big.params.toLocaleString('en-US')} params)`,
    ours: formatMs(big.derive),
    baseline: 'not run (expanded loss too large)',
    ratio: 'n/a',
    note: `target < 1 s (${big.derive < 1000 ? 'met' : 'NOT met'}); median of ${big.runs} runs, fastest ${formatMs(big.fastestDerive)}`,
  });
  return rows;
}

/** One shape's pipeline times, measured in a fresh process (a heap holding earlier rows' networks would slow later sizes). */
export function pipelineInFreshProcess(shape: number[]): Omit<StageTimes, 'derivation'> {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(new URL('./perParameter.js', import.meta.url)), ...shape.map(String)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`perParameter ${shape.join('-')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Omit<StageTimes, 'derivation'>;
}

/** (e) Derivation (and whole pipeline) time per parameter at three sizes, each in a fresh process; the baseline is the smallest size's. */
export function perParameterRows(shapes: number[][]): Row[] {
  const sizes = shapes.map((shape) => ({ shape, times: pipelineInFreshProcess(shape) }));
  const per = (t: Omit<StageTimes, 'derivation'>): number => t.derive / t.params;
  const first = sizes[0]!;
  return sizes.map(({ shape, times }) => ({
    name: `(e) derive time per parameter, ${shape.join('-')} (${times.params.toLocaleString('en-US')})`,
    ours: `${formatMs(per(times))}/param`,
    baseline: `${formatMs(per(first.times))}/param at ${first.shape.join('-')}`,
    ratio: formatRatio(per(times), per(first.times)),
    note: `1.00× = linear; whole pipeline ${formatMs(times.total / times.params)}/param (${formatRatio(times.total / times.params, first.times.total / first.times.params)}); fresh process, median of 5`,
  }));
}

/** Distinct mathjs nodes over every quantity's definition (trees share nodes: a shared factor counts once). */
export function countNodes(derivation: Derivation): number {
  const seen = new Set<unknown>();
  for (const q of derivation.quantities.values()) q.def?.traverse((n) => void seen.add(n));
  return seen.size;
}

/** (f, count) Expression nodes per parameter of the 8-8-8-8 derivation. */
export function nodesRow(): Row {
  const derivation = deriveGraph(compileNetwork(denseDefinition([8, 8, 8, 8])));
  const nodes = countNodes(derivation);
  const perParam = nodes / derivation.graph.trainable.length;
  return {
    name: `(f) expression nodes per parameter, 8-8-8-8 (${derivation.graph.trainable.length} params)`,
    ours: `${perParam.toFixed(1)} (${nodes.toLocaleString('en-US')} nodes)`,
    baseline: '15 (the issue\'s limit)',
    ratio: formatRatio(perParam, 15),
    note: `target ≤ 15 (${perParam <= 15 ? 'met' : 'NOT met'}); distinct nodes over all quantity definitions`,
  };
}

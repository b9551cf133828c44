// `npm run bench`: one table, every row ours against a baseline measured in the same run (ratio = ours / baseline);
// `npm run bench -- --only g,i` runs only the steps of those rows.
import { loadDefinitionFile } from '../src/definition/loadDefinition.js';
import { deriveGraph } from '../src/derive/deriveGraph.js';
import { compileNetwork } from '../src/graph/compileNetwork.js';
import { derivationRows, nodesRow, perParameterRows } from './derivationRows.js';
import { gradientRow, mazurRows, symbolicRow } from './gradientRows.js';
import { formatMs } from './measure.js';
import { deepShape, denseDefinition, medianPipeline } from './pipeline.js';
import { coldStartRow } from './processRows.js';
import { loadRow } from './loadRow.js';
import { startupRows } from './startupRows.js';
import { playgroundRow } from './playgroundRow.js';
import { formatTable, type Row } from './table.js';
import { matrixRows } from './matrixRow.js';
import { verifyRows } from './verifyRows.js';

const MNIST = [784, 100, 10];
const DEEP = deepShape(100, 100, 10, 10);
const MAZUR = new URL('../../fixtures/mazur-2-2-2.yaml', import.meta.url).pathname;

/** The rows a command line asks for: `--only g,i` runs the steps that make rows (g) and (i); no --only, every step. */
function wanted(argv: readonly string[]): (letters: string) => boolean {
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (at < 0) return () => true;
  const list = (argv[at]!.includes('=') ? argv[at]!.split('=')[1]! : argv[at + 1] ?? '').split(',').map((l) => l.trim()).filter(Boolean);
  if (list.length === 0) throw new Error('--only takes row letters, e.g. --only g,i');
  return (letters) => list.some((l) => letters.includes(l));
}

interface Step { what: string; rows: string; run: () => Row[] | Promise<Row[]> }

async function main(): Promise<void> {
  const start = performance.now();
  const rows: Row[] = [];
  const step = (what: string): void => void process.stderr.write(`bench: ${what} (${formatMs(performance.now() - start)})\n`);
  let mnistMade: ReturnType<typeof medianPipeline> | undefined;
  const mnist = () => (mnistMade ??= medianPipeline(denseDefinition(MNIST), 5, 25_000));
  const steps: Step[] = [
    { what: '784-100-10 symbolic pipeline', rows: 'a', run: () => [symbolicRow(MNIST, mnist())] },
    { what: '784-100-10 matrix form against the scalar form', rows: 'm', run: () => matrixRows(denseDefinition(MNIST), MNIST) },
    {
      what: 'one gradient',
      rows: 'b',
      run: () => [gradientRow(MNIST.join('-'), MNIST, mnist().derivation), gradientRow(`10×100 (${DEEP.join('-').replace(/(100-){9}100/, '100×10')})`, DEEP, deriveGraph(compileNetwork(denseDefinition(DEEP))))],
    },
    { what: 'Mazur epochs', rows: 'c', run: () => mazurRows(MAZUR, deriveGraph(compileNetwork(loadDefinitionFile(MAZUR)))) },
    { what: 'derivation against mathjs', rows: 'd', run: () => derivationRows(mnist(), MNIST) },
    { what: 'time per parameter', rows: 'e', run: () => perParameterRows([[784, 25, 10], [784, 50, 10], MNIST]) },
    { what: '784-100-10 YAML file loaded', rows: 'l', run: () => [loadRow(MNIST)] },
    { what: '8-8-8-8 from nothing', rows: 'f', run: () => [coldStartRow(), nodesRow()] },
    { what: 'CLI processes: start-up', rows: 'gij', run: () => startupRows() },
    { what: 'verify of a 4-12-12-3 derivation and of a 57-frame deck', rows: 'k', run: () => verifyRows() },
    { what: 'playground in Chromium', rows: 'h', run: async () => [await playgroundRow()] },
  ];
  const ask = wanted(process.argv.slice(2));
  for (const s of steps.filter((s) => ask(s.rows))) {
    step(s.what);
    rows.push(...(await s.run()));
  }
  process.stdout.write(`${formatTable(rows)}\n\nratio = ours / baseline (below 1 = faster than the baseline). Total bench time ${formatMs(performance.now() - start)}.\n`);
}

await main();

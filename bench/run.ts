// `npm run bench`: one table, every row ours against a baseline measured in the same run (ratio = ours / baseline).
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

async function main(): Promise<void> {
  const start = performance.now();
  const rows: Row[] = [];
  const step = (what: string): void => void process.stderr.write(`bench: ${what} (${formatMs(performance.now() - start)})\n`);

  step('784-100-10 symbolic pipeline');
  const mnist = medianPipeline(denseDefinition(MNIST), 5, 25_000);
  rows.push(symbolicRow(MNIST, mnist));
  step('784-100-10 matrix form against the scalar form');
  rows.push(...matrixRows(denseDefinition(MNIST), MNIST));
  step('one gradient');
  rows.push(gradientRow(MNIST.join('-'), MNIST, mnist.derivation));
  const deep = deriveGraph(compileNetwork(denseDefinition(DEEP)));
  rows.push(gradientRow(`10×100 (${DEEP.join('-').replace(/(100-){9}100/, '100×10')})`, DEEP, deep));
  step('Mazur epochs');
  rows.push(...mazurRows(MAZUR, deriveGraph(compileNetwork(loadDefinitionFile(MAZUR)))));
  step('derivation against mathjs');
  rows.push(...(await derivationRows(mnist, MNIST)));
  step('time per parameter');
  rows.push(...perParameterRows([[784, 25, 10], [784, 50, 10], MNIST]));
  step('784-100-10 YAML file loaded');
  rows.push(loadRow(MNIST));
  step('8-8-8-8 from nothing');
  rows.push(coldStartRow(), nodesRow());
  step('CLI processes: start-up');
  rows.push(...startupRows());
  step('verify of a 4-12-12-3 derivation');
  rows.push(...verifyRows());
  step('playground in Chromium');
  rows.push(await playgroundRow());
  process.stdout.write(`${formatTable(rows)}\n\nratio = ours / baseline (below 1 = faster than the baseline). Total bench time ${formatMs(performance.now() - start)}.\n`);
}

await main();

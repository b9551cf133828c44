// Every verdict verify gives on the seed documents and the public documents, frozen as text: a restructuring of verify
// must leave these files byte-identical (a change in behaviour shows up as a reviewable diff of test/verify/frozen/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { formatOfPath } from '../../src/verify/read/extractEquations.js';
import { verifyDocument, type VerifyReport } from '../../src/verify/verifyDocument.js';
import { hasSeeds, seedPath } from '../helpers/seeds.js';

const pub = (f: string): string => `test/verify/public/${f}`;

/** [frozen file name, document path, network file]. */
const PUBLIC: [string, string, string][] = [
  ['one-neuron', pub('one-neuron.md'), pub('one-neuron.yaml')],
  ['one-neuron-slips', pub('one-neuron-slips.md'), pub('one-neuron.yaml')],
  ['sigma-notation', pub('sigma-notation.md'), pub('one-neuron.yaml')],
  ['gad-one-neuron', pub('gad-one-neuron.tex'), pub('gad-one-neuron.yaml')],
  ['gad-one-neuron-slips', pub('gad-one-neuron-slips.tex'), pub('gad-one-neuron.yaml')],
  ['linear-2-2-1', pub('linear-2-2-1.md'), pub('linear-2-2-1.yaml')],
  ['linear-2-2-1-slips', pub('linear-2-2-1-slips.md'), pub('linear-2-2-1.yaml')],
  ['softmax-3', pub('softmax-3.md'), pub('softmax-3.yaml')],
  ['softmax-3-slips', pub('softmax-3-slips.md'), pub('softmax-3.yaml')],
  ['softmax-3-similarly', pub('softmax-3-similarly.md'), pub('softmax-3.yaml')],
  ['mazur-z-a-slips', pub('mazur-z-a-slips.md'), 'fixtures/mazur-2-2-2.yaml'],
  ['melfm-mazur', pub('melfm-mazur.md'), 'fixtures/mazur-2-2-2.yaml'],
  ['ninjakx-4-2-2-1', pub('ninjakx-4-2-2-1.md'), pub('ninjakx-4-2-2-1.yaml')],
  ['schiendorfer-2-2-2', pub('schiendorfer-2-2-2.md'), pub('schiendorfer-2-2-2.yaml')],
];

const SEEDS: [string, string, string][] = [
  ['seed-000-mazur', '000_1f8e4f603196ea2a.txt', 'fixtures/mazur-2-2-2.yaml'],
  ['seed-001-mazur', '001_18b7bfaceef70a00.txt', 'fixtures/mazur-2-2-2.yaml'],
  ['seed-002-weight-update', '002_88efaa362a281afb.txt', 'fixtures/ceng506-weight-update.yaml'],
  ['seed-002-sigmoid-circuit', '002_88efaa362a281afb.txt', 'fixtures/ceng506-sigmoid-circuit.yaml'],
  ['seed-003-week1d', '003_4628895821c98f3a.txt', 'fixtures/comp9444-week1d-two-layer.yaml'],
  ['seed-004-tartu', '004_b2f231fa9ca90043.txt', 'fixtures/tartu-1-2-2-1.yaml'],
];

/** One line per claim and per skip, every field that a user or a later stage reads. */
export function freeze(r: VerifyReport): string {
  const lines = [`equations ${r.equations}, parsed ${r.parsed}, counts ${JSON.stringify(r.counts)}`];
  for (const c of r.claims) {
    const fields = [`${c.line}:${c.column}`, c.kind, c.verdict, c.quantity ?? '-', c.subject ?? '-', JSON.stringify(c.printed), c.expected ?? '-', c.slip ?? '-'];
    lines.push(`${fields.join(' ')}${c.detail ? ` | ${c.detail}` : ''}`);
  }
  for (const s of r.skipped) lines.push(`skip ${s.line}:${s.column} ${s.reason}`);
  return `${lines.join('\n')}\n`;
}

const run = (path: string, net: string): VerifyReport =>
  verifyDocument(readFileSync(path, 'utf8'), derive(loadNetwork(net)), { format: formatOfPath(path) });

describe('verify verdicts stay as frozen', () => {
  it.each(PUBLIC)('on the public document %s', async (name, path, net) => {
    await expect(freeze(run(path, net))).toMatchFileSnapshot(`frozen/${name}.txt`);
  });

  it.runIf(hasSeeds).each(SEEDS)('on the seed document %s', async (name, file, net) => {
    await expect(freeze(run(seedPath(file), net))).toMatchFileSnapshot(`frozen/${name}.txt`);
  });
});

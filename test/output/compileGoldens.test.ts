// Every committed .tex golden of the output tests compiles with pdflatex; a deck page and the diagram render non-blank.
// The goldens of one document class share one pdflatex run (three runs instead of eleven: test time), each error in
// the log attributed to its golden.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileBatch, type BatchDocument, type BatchResult } from '../helpers/batchLatex.js';
import { requireLatex } from '../helpers/latex.js';
import { golden } from './trainFixtures.js';

const texGoldens = readdirSync(golden('.')).filter((f) => f.endsWith('.tex') && !f.includes('fragment'));
const hasLatex = requireLatex();

/** Renders one PDF page with pdftoppm (grey PPM) and returns the share of pixels that are not white. */
export function inkShare(pdf: string, page = 1): number {
  const r = spawnSync('pdftoppm', ['-r', '40', '-gray', '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr.toString()}`);
  const data = r.stdout;
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
  const pixels = data.subarray(header[0].length);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink++;
  return ink / pixels.length;
}

/** The goldens whose page is rendered, and which page of their own. */
const RENDERED = new Map([['mazur-network.tex', 1], ['mazur-deck.tex', 2]]);

/** A golden's batch is its document class; standalone's gets `tikz`, so each picture is a page of its own. */
function classOf(source: string): string {
  const line = /^\\documentclass(\[[^\]]*\])?\{\w+\}/m.exec(source)![0];
  return line.endsWith('{standalone}') ? line.replace('[', '[tikz,') : line;
}

describe.runIf(hasLatex)('pdflatex on the output goldens', () => {
  const classOfGolden = new Map<string, string>();
  const batches = new Map<string, { docs: BatchDocument[]; result?: BatchResult }>();
  beforeAll(async () => {
    // A rendered golden comes first in its batch, so its pages are the batch's first ones.
    const ordered = [...texGoldens].sort((a, b) => Number(RENDERED.has(b)) - Number(RENDERED.has(a)));
    for (const name of ordered) {
      const source = readFileSync(golden(name), 'utf8');
      const documentClass = classOf(source);
      classOfGolden.set(name, documentClass);
      if (!batches.has(documentClass)) batches.set(documentClass, { docs: [] });
      batches.get(documentClass)!.docs.push({ name, source });
    }
    await Promise.all([...batches].map(async ([documentClass, batch], i) => {
      batch.result = await compileBatch(documentClass, batch.docs, `goldens-${i}`, false);
    }));
  }, 300_000);
  it.each(texGoldens)('compiles %s', (name) => {
    const result = batches.get(classOfGolden.get(name)!)!.result!;
    expect(result.errors.filter((e) => e.startsWith(`${name}: `))).toEqual([]);
    expect(result.ok, result.errors.join('\n')).toBe(true);
  });
  it.each([...RENDERED.keys()].filter((n) => texGoldens.includes(n)))('renders the first page of %s non-blank', (name) => {
    const batch = batches.get(classOfGolden.get(name)!)!;
    expect(batch.docs[0]!.name).toBe(name);
    expect(batch.result!.ok).toBe(true);
    expect(inkShare(batch.result!.pdf, RENDERED.get(name)!)).toBeGreaterThan(0.002);
  });
});

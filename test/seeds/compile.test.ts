// Every seed fixture's LaTeX compiles with pdflatex (skipped with a message where TeX is missing, outside CI), all of them in
// one batched pdflatex run (test time); each error in the log is attributed to its fixture.
import { beforeAll, describe, expect, it } from 'vitest';
import { emit } from '../../src/api.js';
import { compileBatch, type BatchResult } from '../helpers/batchLatex.js';
import { requireLatex } from '../helpers/latex.js';
import { SEED_FIXTURES, seedDocument } from './seedFixtures.js';

describe.runIf(requireLatex())('pdflatex', () => {
  let batch: BatchResult;
  beforeAll(async () => {
    const docs = SEED_FIXTURES.map(([name, options]) => ({ name, source: emit(seedDocument(name, options), 'tex') }));
    expect(new Set(docs.map((d) => /^\\documentclass.*$/m.exec(d.source)![0]))).toEqual(new Set(['\\documentclass[11pt]{article}']));
    batch = await compileBatch('\\documentclass[11pt]{article}', docs, 'seeds');
  }, 120_000);

  it.each(SEED_FIXTURES)('compiles the .tex of fixtures/%s.yaml', (name) => {
    expect(batch.errors.filter((e) => e.startsWith(`${name}: `) || e.startsWith('(preamble)'))).toEqual([]);
  });

  it('ends the batched run without an error', () => {
    expect(batch.errors, batch.log.slice(-2000)).toEqual([]);
    expect(batch.ok).toBe(true);
  });
});

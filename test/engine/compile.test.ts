// The emitted LaTeX compiles with pdflatex (run in CI; skipped with a message where TeX is not installed): the three
// articles share one pdflatex run (test time), each error and Overfull \hbox in the log attributed to its article.
import { beforeAll, describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { compileBatch, readBatchLog, type BatchResult } from '../helpers/batchLatex.js';
import { requireLatex } from '../helpers/latex.js';

const CASES = [
  ['the Mazur derivation', 'mazur-2-2-2', {}],
  ['the 4-decimal hand derivation', 'mazur-2-2-2', { policy: { decimals: 4, hand: true } }],
  ['a three-layer network with shared trained biases', 'mixed-2-2-2-1', {}],
] as const;

describe.runIf(requireLatex())('LaTeX output', () => {
  let batch: BatchResult;
  beforeAll(async () => {
    const docs = CASES.map(([name, fixture, options]) => ({ name, source: emit(derive(loadNetwork(`fixtures/${fixture}.yaml`), options), 'tex') }));
    batch = await compileBatch('\\documentclass[11pt]{article}', docs, 'articles');
  }, 120_000);

  it.each(CASES)('compiles %s with pdflatex, without overfull lines', (name) => {
    expect(batch.ok, batch.errors.join('\n')).toBe(true);
    expect(batch.errors.filter((e) => e.startsWith(`${name}: `))).toEqual([]);
    // Every Overfull \hbox, however small (tolerance 0), as before the batch.
    expect(readBatchLog(batch.log, 0).overfull.filter((e) => e.startsWith(`${name}: `))).toEqual([]);
  });
});

// A document with one 10 MB line must not crash verify in a regular expression (the sentence splitter once did), nor hang on long runs of spaces.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork, verify } from '../../src/api.js';
import { ROOT } from '../helpers/cli.js';

describe('verify of a document with one very long line', () => {
  it('judges it or refuses it in one line, without a stack overflow', { timeout: 60_000 }, () => {
    const doc = derive(loadNetwork(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml')));
    const line = 'word '.repeat(2 * 1024 * 1024);
    expect(() => verify(`${line}\n$w_5 = 0.4$\n`, doc, { format: 'md' })).not.toThrow();
  });

  // an HTML page's tags blanked in place leave numbers between runs of thousands of spaces: the plain-text patterns
  // (a worked product, a column gap, a rounds phrase) once tried every split of such a run and never finished
  it('reads numbers standing between long runs of spaces without trying every split of them', { timeout: 60_000 }, () => {
    const doc = derive(loadNetwork(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml')));
    const numbers = Array.from({ length: 40 }, (_, i) => `0.${i + 10}`).join(' '.repeat(4000));
    const page = `<!DOCTYPE html>\n<html><body><p>${numbers}</p>\n<p>$w_5 = 0.40$</p></body></html>\n`;
    const r = verify(page, doc, { format: 'text' });
    expect(r.claims.map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.40 exact']);
  });
});

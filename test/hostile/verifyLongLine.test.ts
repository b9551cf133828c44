// A document with one 10 MB line must not crash verify in a regular expression (the sentence splitter once did).
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
});

// Round trip, document side: every equation `derive` printed in the committed golden files is read back by the verify parser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEquations } from '../../src/verify/read/readEquations.js';
import { formatOfPath } from '../../src/verify/read/extractEquations.js';

const GOLDENS = ['test/engine/golden/mazur-2-2-2.tex', 'test/engine/golden/mazur-2-2-2.md', 'test/engine/golden/mixed-2-2-2-1.tex'];

describe('engine output read back', () => {
  it.each(GOLDENS)('parses every equation of %s', (path) => {
    const math = readEquations(readFileSync(path, 'utf8'), { format: formatOfPath(path) });
    expect(math.equations.length).toBeGreaterThan(50);
    expect(math.equations.filter((e) => e.skip).map((e) => `${e.skip!.line}:${e.skip!.column} ${e.skip!.reason}`)).toEqual([]);
  });

  it('reads the engine names of the Mazur derivation with the same keys as the documents', () => {
    const math = readEquations(readFileSync('test/engine/golden/mazur-2-2-2.tex', 'utf8'), { format: 'tex' });
    const heads = new Set(math.equations.flatMap((e) => (e.parse.skipped ? [] : e.parse.chains.map((c) => c.sides[0]!.node.toString()))));
    for (const key of ['net_h1', 'out_o1', 'E_total', 'E_o1', 'partial(E_total, w_5)', 'delta_o1', 'w_5_plus', 'partial(out_o1, net_o1)']) {
      expect(heads).toContain(key);
    }
  });
});

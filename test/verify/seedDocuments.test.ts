// Every equation of the five seed documents is extracted and parsed; at least 95% parse, and the ones that do not are listed here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEquations } from '../../src/verify/read/readEquations.js';

import { SEEDS, hasSeeds } from '../helpers/seeds.js';

/** Per document: how many equations the extractor finds, and every one that does not parse (line:column and reason). */
const EXPECTED: [string, number, string[]][] = [
  ['000_1f8e4f603196ea2a.txt', 150, []],
  ['001_18b7bfaceef70a00.txt', 71, []],
  ['002_88efaa362a281afb.txt', 221, []],
  ['003_4628895821c98f3a.txt', 72, ['75:69 set braces \\{ \\} are not supported']],
  ['004_b2f231fa9ca90043.txt', 30, []],
];

describe.runIf(hasSeeds)('seed documents', () => {
  it.each(EXPECTED)('parses at least 95 percent of the equations of %s (%i found) and lists the rest', (file, count, unparsed) => {
    const math = readEquations(readFileSync(`${SEEDS}/${file}`, 'utf8'), { format: 'text' });
    const failed = math.equations.filter((e) => e.parse.skipped).map((e) => `${e.skip!.line}:${e.skip!.column} ${e.skip!.reason}`);
    expect(math.equations).toHaveLength(count);
    expect(failed).toEqual(unparsed);
    expect((count - failed.length) / count).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the claims of document 001 with their printed numbers', () => {
    const math = readEquations(readFileSync(`${SEEDS}/001_18b7bfaceef70a00.txt`, 'utf8'));
    const chains = math.equations.flatMap((e) => (e.parse.skipped ? [] : e.parse.chains));
    const last = (key: string): string[] =>
      chains.filter((c) => c.sides.length > 1 && c.sides[0]!.node.toString() === key).map((c) => c.sides[c.sides.length - 1]!.numbers.map((n) => n.text).join());
    expect(last('w_5_plus')).toContain('0.35891648');
    expect(last('w_7_plus')).toEqual(['0.511301270']);
    expect(last('partial(E_o2, out_h1)')).toEqual(['-0.019049119']);
  });

  it('reports the lone equation numbers of document 004 as document skips, not equations', () => {
    const math = readEquations(readFileSync(`${SEEDS}/004_b2f231fa9ca90043.txt`, 'utf8'));
    expect(math.skipped.map((s) => `${s.line}:${s.column}`)).toEqual(['56:3', '64:3']);
  });
});

function exists(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}

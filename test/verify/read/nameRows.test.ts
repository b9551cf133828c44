// A line of names over a line of their numbers (a program's log, a note's summary) is read name by name; a sentence with commas or counts that differ give nothing.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { findNameRows } from '../../../src/verify/read/nameRows.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const read = (text: string): string[] => findNameRows(text, []).map((e) => e.latex);

describe('findNameRows', () => {
  it.each([
    ['=正向计算：h1, h2, o1 ,o2=\n0.56 0.5 0.48 0.53', ['h1 = 0.56', 'h2 = 0.5', 'o1 = 0.48', 'o2 = 0.53']],
    ['Outputs: out_o1, out_o2\n0.7514, 0.7729', ['out_{o1} = 0.7514', 'out_{o2} = 0.7729']],
    ['**w5, w6**\n0.3589 0.4087', ['w5 = 0.3589', 'w6 = 0.4087']],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a sentence with commas', 'We update the weights w5, w6 and w7\n0.1 0.2 0.3'],
    ['counts that differ', 'h1, h2, o1\n0.56 0.5'],
    ['a number line with words in it', 'h1, h2\n0.56 and 0.5'],
    ['one name', 'loss:\n0.21'],
  ])('reads nothing from %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

// Mazur's 2-2-2: out_h1 = 0.593269992, out_h2 = 0.596884378
const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

describe('a names line in a Markdown page', () => {
  const verdicts = (values: string): string[] => verifyDocument(`# Hidden layer\n\nout_h1, out_h2\n${values}\n`, mazur, { format: 'md' }).claims.map((c) => `${c.line} ${c.printed} ${c.verdict}`);

  it('judges each number on its own line against the name above it', () => {
    expect(verdicts('0.5933 0.5969')).toEqual(['4 0.5933 exact', '4 0.5969 exact']);
  });

  it('finds the two values swapped', () => {
    expect(verdicts('0.5969 0.5933').filter((v) => v.endsWith('erratum'))).toEqual(['4 0.5969 erratum', '4 0.5933 erratum']);
  });
});

// A test case's expected output as one tuple (exp = ([w1, w2], b, [losses])): its entries take the names of an earlier line that names as many values of the same kinds.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { namedLists, tupleNames } from '../../../src/verify/read/tupleNames.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one sigmoid unit, two examples, batch mean, η = 0.5: after 3 epochs w = (0.5599, -0.5707), b = 0.0892
const unit = derive(loadNetwork('fixtures/batch-2-1.yaml'));

const page = (expected: string): string => `# Training one unit

\`\`\`
input: initial_weights = [0.5, -0.5], initial_bias = 0.1, learning_rate = 0.5, epochs = 3
output: final_weights = [0.5599, -0.5707], final_bias = 0.0892, losses = [0.0717, 0.0697, 0.0677]
\`\`\`

The checker's case:

\`\`\`python
exp = ${expected}
\`\`\`
`;

const onLine = (md: string, line: number): string[] =>
  verifyDocument(md, unit, { format: 'md' }).claims.filter((c) => c.line === line).map((c) => `${c.subject} ${c.printed} ${c.verdict}`);

describe('a tuple of values given to one name', () => {
  it('names its entries after the last earlier line of as many values of the same kinds (list or number)', () => {
    const text = 'a = [1, 2], b = 3\nx = 1, y = [2, 3], z = 4\n';
    const lists = namedLists(text, [{ start: 0, end: text.length }]);
    const entry = (latex: string) => ({ latex, offsets: [] });
    expect(tupleNames(lists, text.length, [entry('[0.1, 0.2]'), entry('0.3')])).toEqual(['a', 'b']);
    expect(tupleNames(lists, text.length, [entry('0.1'), entry('[0.2]'), entry('0.3')])).toEqual(['x', 'y', 'z']);
    expect(tupleNames(lists, text.length, [entry('0.1'), entry('0.3')])).toBeUndefined();
  });

  it('judges each entry as the value it names, and finds a sign slip and swapped digits', () => {
    expect(onLine(page('([0.5599, -0.5707], 0.0892, [0.0717, 0.0697, 0.0677])'), 11).map((s) => s.split(' ').at(-1))).toEqual(Array(6).fill('exact'));
    expect(onLine(page('([0.5599, -0.5707], -0.0892, [0.0717, 0.0679, 0.0677])'), 11).filter((s) => s.endsWith('erratum'))).toEqual(['final_{bias} -0.0892 erratum', '[losses]_{2} 0.0679 erratum']);
  });

  it('leaves a tuple alone when no earlier line names values of its kinds', () => {
    expect(onLine(page('(0.5599, 0.0892)'), 11)).toEqual([]);
  });
});

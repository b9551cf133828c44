// Golden outputs of the bundled fixtures: a reviewer reads the diff of real LaTeX, Markdown and text.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, type Format } from '../../src/api.js';

const CASES: [string, string[], Format][] = [
  ['mazur-2-2-2', [], 'tex'],
  ['mazur-2-2-2', [], 'md'],
  ['mazur-2-2-2', [], 'txt'],
  ['mixed-2-2-2-1', [], 'tex'],
  ['mixed-2-2-2-1', [], 'txt'],
];

describe('golden files', () => {
  it.each(CASES)('%s prints as the committed %s', async (name, _flags, format) => {
    const doc = derive(loadNetwork(`fixtures/${name}.yaml`));
    await expect(emit(doc, format)).toMatchFileSnapshot(`golden/${name}.${format}`);
  });

  it.each([['fxyz'], ['two-layer']])('prints the computational graph %s as committed', async (name) => {
    const doc = derive(loadNetwork(`test/engine/graphs/${name}.yaml`));
    await expect(emit(doc, 'txt')).toMatchFileSnapshot(`golden/graph-${name}.txt`);
    await expect(emit(doc, 'tex')).toMatchFileSnapshot(`golden/graph-${name}.tex`);
  });

  it('prints the 4-decimal hand computation of document 000 as committed', async () => {
    const doc = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'), { policy: { decimals: 4, hand: true, rounding: 'truncate' } });
    await expect(emit(doc, 'txt')).toMatchFileSnapshot('golden/mazur-2-2-2.hand4.txt');
  });

  it('prints only the chains of w5 and w1 with --only', async () => {
    const doc = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'), { only: ['w5', 'w1'] });
    await expect(emit(doc, 'txt')).toMatchFileSnapshot('golden/mazur-2-2-2.only-w5-w1.txt');
  });
});

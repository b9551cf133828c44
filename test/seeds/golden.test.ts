// Golden outputs of the seed fixtures (documents 000, 002-004), each in its document's notation and precision.
import { describe, expect, it } from 'vitest';
import { emit, loadNetwork, truthTableOf, type Format } from '../../src/api.js';
import { SEED_FIXTURES, seedDocument } from './seedFixtures.js';

const FORMATS: Format[] = ['tex', 'md', 'txt'];

describe('golden files of the seed fixtures', () => {
  it.each(SEED_FIXTURES.flatMap(([name, options]) => FORMATS.map((f) => [name, f, options] as const)))('%s prints as the committed %s', async (name, format, options) => {
    await expect(emit(seedDocument(name, options), format)).toMatchFileSnapshot(`golden/${name}.${format}`);
  });

  it.each([['ceng506-and'], ['ceng506-or'], ['ceng506-xnor']])('%s prints its truth table as committed', async (name) => {
    const def = (): ReturnType<typeof loadNetwork> => loadNetwork(`fixtures/${name}.yaml`);
    await expect(truthTableOf(def(), { format: 'txt' })).toMatchFileSnapshot(`golden/${name}.table.txt`);
    await expect(truthTableOf(def(), { format: 'tex' })).toMatchFileSnapshot(`golden/${name}.table.tex`);
  });
});

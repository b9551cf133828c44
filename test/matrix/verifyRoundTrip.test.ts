// Round trip derive --form matrix → verify: every number exact, in every convention. Enabled by the lead when verify reads bmatrix.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, verify, verifyOutcome, type Format } from '../../src/api.js';
import { LAYERED } from '../helpers/matrixOracle.js';

const NOTATIONS = [undefined, 'ng', 'row-major'] as const;
const CASES = LAYERED.flatMap((name) => NOTATIONS.flatMap((notation) => (['tex', 'md'] as Format[]).map((format) => [name, notation ?? 'file', format] as const)));

describe('verify reads the matrix form back', () => {
  it.skip.each(CASES)('%s (%s notation, %s): every claim exact', (name, notation, format) => {
    const def = loadNetwork(`fixtures/${name}.yaml`);
    const doc = derive(def, { form: 'matrix', ...(notation === 'file' ? {} : { notation }) });
    const report = verify(emit(doc, format), doc, { file: `${name}.${format}` });
    expect(verifyOutcome(report).exitCode).toBe(0);
    expect(report.claims.every((c) => c.verdict === 'exact')).toBe(true);
  });
});

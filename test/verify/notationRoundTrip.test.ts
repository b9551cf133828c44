// derive in every notation preset → verify against the same network: a correct derivation, whatever letters it uses,
// gives no erratum (a reading of names that makes one is a convention clash, issue 13's worst kind of report).
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { NOTATION_NAMES } from '../../src/api/defaults.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const FILES = ['fixtures/mazur-2-2-2.yaml', 'fixtures/comp9444-week1d-two-layer-tanh.yaml', 'fixtures/tartu-1-2-2-1.yaml'];
const CASES = FILES.flatMap((file) => NOTATION_NAMES.flatMap((notation) => (['md', 'txt'] as const).map((format) => [file, notation, format] as const)));

describe('derive in another notation → verify', () => {
  it.each(CASES)('%s in the %s notation as %s: no erratum', (file, notation, format) => {
    expect(wrongClaims(file, notation, format)).toEqual([]);
  });
});

function wrongClaims(file: string, notation: (typeof NOTATION_NAMES)[number], format: 'md' | 'txt'): string[] {
  const def = loadNetwork(file);
  const report = verifyDocument(emit(derive(def, { notation }), format), derive(def), { format: format === 'txt' ? 'text' : 'md' });
  return report.claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'truncation').map((c) => `${c.line}:${c.column} ${c.verdict} ${c.printed} ${c.detail ?? ''}`);
}

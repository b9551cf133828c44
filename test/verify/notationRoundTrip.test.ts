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

  // the output unit is named y and its target is filed under y too: the layered, ng and row-major notations print the
  // output a^{(4)}_1 and the target y (y = 0.8), which is the target there, not the output (19 false errata before)
  it.each(['layered', 'ng', 'row-major'] as const)('mixed-2-2-2-1 in the %s notation: y is the target, no erratum', (notation) => {
    expect(wrongClaims('fixtures/mixed-2-2-2-1.yaml', notation, 'md')).toEqual([]);
  });
});

function wrongClaims(file: string, notation: (typeof NOTATION_NAMES)[number], format: 'md' | 'txt'): string[] {
  const def = loadNetwork(file);
  const report = verifyDocument(emit(derive(def, { notation }), format), derive(def), { format: format === 'txt' ? 'text' : 'md' });
  return report.claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'truncation').map((c) => `${c.line}:${c.column} ${c.verdict} ${c.printed} ${c.detail ?? ''}`);
}

// A Beamer deck we wrote in layered notation (inputs as layer 0, W^{(l)}_{jk} from unit k to unit j, one b^{(l)} per layer)
// with \pause and \only<3->{… &= …} rows, checked against Mazur's network, and three slips planted in a copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const deck = readFileSync(join(import.meta.dirname, 'layered-beamer.tex'), 'utf8');
const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const plant = (text: string, pairs: [string, string][]): string => pairs.reduce((t, [a, b]) => { expect(t).toContain(a); return t.replace(a, b); }, text);

describe('a layered Beamer deck with overlays', () => {
  it('reads every row, \\only<…>{…} rows with their & too, and finds nothing wrong', () => {
    const r = verifyDocument(deck, mazur);
    expect(r.skipped).toEqual([]);
    expect(r.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line}: ${c.verdict} ${c.detail}`)).toEqual([]);
    // the row inside \only<3->: z^{(2)}_2 and a^{(2)}_2
    expect(r.claims.filter((c) => c.line === 22 && c.verdict === 'exact').length).toBeGreaterThanOrEqual(5);
  });
  it('reads b^{(2)} as the bias the output layer shares', () => {
    const r = verifyDocument(deck, mazur);
    expect(r.claims.find((c) => c.line === 11 && c.printed === '0.60')?.verdict).toBe('exact');
  });
  it.each([
    ['1.2249, \\quad a^{(2)}_2', '1.2294, \\quad a^{(2)}_2', 22, '1.2294', 'transposed-digits'],
    ['0.40 - 0.5 \\cdot 0.0822 = 0.3589', '0.40 - 0.5 \\cdot 0.0822 = 0.3959', 33, '0.3959', 'wrong-learning-rate'],
    ['= (0.40 \\cdot 0.1385 + 0.50 \\cdot (-0.0381)) \\cdot 0.2413 = 0.0088', '= 0.40 \\cdot 0.1385 \\cdot 0.2413 = 0.0134', 40, '0.0134', 'missing-term'],
  ])('finds %s planted as %s on line %i with its kind', (from, to, line, printed, slip) => {
    const r = verifyDocument(plant(deck, [[from, to]]), mazur);
    const wrong = r.claims.filter((c) => c.verdict === 'erratum');
    expect(wrong.map((c) => [c.line, c.printed, c.slip])).toEqual([[line, printed, slip]]);
  });
});

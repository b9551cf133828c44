// Beamer's \alert{…} (and \alert<2>{…}, \structure{…}) only colour what they wrap: the number inside is read and judged.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const verdicts = (tex: string): string[] => verifyDocument(tex, mazur, { format: 'tex' }).claims.map((c) => `${c.printed} ${c.verdict}`);

describe('\\alert', () => {
  it('reads what it wraps, with or without an overlay specification', () => {
    expect(verdicts('\\[ out_{o1} = \\alert{0.75137} \\quad out_{o2} = \\alert<2>{0.77239} \\quad out_{h1} = \\structure{0.59327} \\]\n')).toEqual(['0.75137 exact', '0.77239 erratum', '0.59327 exact']);
  });
});

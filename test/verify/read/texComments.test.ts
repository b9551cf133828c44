// A TeX % comment is not prose: its numbers are neither counted nor judged, and backprop-tex directives in comments still work.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';
import { verifyWithDirectives } from '../../../src/verify/verifyWithDirectives.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

describe('TeX comments', () => {
  it('does not count the numbers of a comment as seen, nor read a learning rate there', () => {
    const doc = ['% Licence: CC BY-SA 4.0; a learning rate of 0.05 was tried first', 'We train with a learning rate of 0.5 here.', '\\[ net_{h1} = 0.3775 \\]', 'A value 1.25 in the prose. % and 2.5 in a comment', ''].join('\n');
    const report = verifyDocument(doc, mazur, { format: 'tex' });
    expect(report.coverage.numbers).toEqual({ seen: 3, judged: 2 });
    expect(report.claims.filter((c) => c.kind === 'prose').map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.5 exact']);
  });

  it('keeps an escaped \\% as text', () => {
    const report = verifyDocument('About 12.5\\% of 0.75 is left.\n', mazur, { format: 'tex' });
    expect(report.coverage.numbers.seen).toBe(2);
  });

  it('still follows a backprop-tex directive written as a comment', () => {
    const doc = ['% backprop-tex: a_1 = out_h1', '\\[ a_1 = 0.593269992 \\]', ''].join('\n');
    const report = verifyWithDirectives(doc, { main: mazur, load: () => mazur }, { format: 'tex' });
    expect(report.claims.map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.593269992 exact']);
  });
});

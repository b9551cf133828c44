// Conjunctions of other languages (und, et, also) end a statement written in a sentence as "and" does, so the value
// after them is never read as another value of the first name (a false erratum on a German page).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

describe('conjunctions in other languages', () => {
  it.each(['und', 'et', 'also'])('ends a statement at "%s"', (word) => {
    const r = verifyDocument(`- ∂E_total/∂w₇ = −0.038098 · 0.593270 = −0.022603 ${word} w₇⁺ = 0.511301\n`, mazur, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => c.printed)).toEqual([]);
  });
});

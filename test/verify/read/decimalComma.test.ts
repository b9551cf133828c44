// A page that writes decimal commas (0,15) has them read as points, never as 0 and 15; lists, tuples and indices keep their commas.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { withDecimalPoints } from '../../../src/verify/read/decimalComma.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

describe('decimal commas', () => {
  it('reads 0,15 as 0.15 on a page of decimal commas, keeping the text\'s length', () => {
    const page = 'Gegeben: w₁ = 0,15 und w₂ = 0,20, also net_h1 = 1,105906.\n';
    const read = withDecimalPoints(page);
    expect(read).toBe('Gegeben: w₁ = 0.15 und w₂ = 0.20, also net_h1 = 1.105906.\n');
    expect(read).toHaveLength(page.length);
  });

  it('reads a page whose only decimal commas have one place, after a relation (η = 0,5), once taken for another example', () => {
    expect(withDecimalPoints('- η = 0,5\n- w₁ = 0,1\n- x = (1,0)\n')).toBe('- η = 0.5\n- w₁ = 0.1\n- x = (1.0)\n');
  });

  it('leaves tuples, thousands, index lists and pages of decimal points alone', () => {
    for (const page of ['x = (1,0) and y = (0,1)\n', '10,000 epochs\n', '$w_{1,12} = 0,15$\n', 'w = 0.15, 0.20, 0.25 and one 0,15\n']) {
      expect(withDecimalPoints(page).replace('$w_{1,12} = 0.15$', '$w_{1,12} = 0,15$')).toBe(page);
    }
  });

  it('judges a German page\'s values, where the comma once made each of them 0 (a false erratum, or 0,000439 passed as 0)', () => {
    const page = '- w₅ = 0,40\n- w₆ = 0,45\n- ∂E_total/∂w₁ = 0,036350 · 0,241301 · 0,05 = 0,000934\n';
    const r = verifyDocument(page, mazur, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.printed}`)).toEqual(['3 0.000934']);
    expect(r.claims.filter((c) => c.line <= 2).map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.40 exact', '0.45 exact']);
  });
});

// A formula with one name the network lacks that holds when the name is read as the network name one character away is a misprinted name, on its line; other unknown names stay unresolved.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('test/verify/public/rst-mazur.yaml'));
const verdicts = (doc: string, format: 'md' | 'tex' = 'md') =>
  verifyDocument(doc, mazur, { format }).claims.filter((c) => c.kind === 'formula').map((c) => `${c.line}:${c.verdict}:${c.slip ?? ''}`);

describe('misprinted names in formulas', () => {
  it('reads b_i in a net input as a misprint of b_1 (Markdown)', () => {
    // (with b_1 given: alone, b_i would be read as the page's name for the bias)
    expect(verdicts('$$b_1 = 0.35$$\n\n$$net_{h1} = w_1 i_1 + w_2 i_2 + b_i$$\n')).toEqual(['3:erratum:typo-name']);
  });

  it('reads a letter l for the digit 1 in a subscript the same way (LaTeX, \\delta_{ol})', () => {
    expect(verdicts('\\[\\delta_{o1} = 0.138498562\\]\nso\n\\[\\frac{\\partial E_{total}}{\\partial w_5} = \\delta_{ol} \\cdot out_{h1}\\]\n', 'tex')).toEqual(['3:erratum:typo-name']);
  });

  it('leaves a name unresolved when no network name one character away makes the formula hold', () => {
    expect(verdicts('$$net_{h1} = w_1 i_1 + w_3 i_i + b_1$$\n')).toEqual(['1:unresolved:']);
  });

  it('leaves a shortened name unresolved (net_h for net_h1 is a name of its own, not a misprint)', () => {
    expect(verdicts('$$net_{o1} = w_5 out_{h1} + w_6 out_{h} + b_2$$\n')).toEqual(['1:unresolved:']);
  });

  it('leaves a generic name in a rule over generic names unresolved (v_t in w_{nuevo} = w_{viejo} − η v_t, not v_1)', () => {
    const momentum = derive(loadNetwork('test/verify/public/es-momento.yaml'));
    const r = verifyDocument(readFileSync('test/verify/public/es-momento.md', 'utf8'), momentum, { format: 'md' });
    expect(r.claims.filter((c) => c.line === 17).map((c) => c.verdict)).toEqual(['unresolved']);
  });
});

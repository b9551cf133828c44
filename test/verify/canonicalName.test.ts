// The engine's printed names and the documents' spellings of them reach the same canonical key.
import { describe, expect, it } from 'vitest';
import { canonicalKey, parseCanonicalKey, type NameParts } from '../../src/verify/read/canonicalName.js';
import { keyOfLatex } from '../../src/verify/resolve/latexKey.js';

describe('canonicalKey', () => {
  it.each<[string, NameParts, string]>([
    ['a bare name', { base: 'eta', sub: '', marks: [], layer: '' }, 'eta'],
    ['a subscripted name', { base: 'out', sub: 'h1', marks: [], layer: '' }, 'out_h1'],
    ['an updated weight', { base: 'w', sub: '5', marks: ['plus'], layer: '' }, 'w_5_plus'],
    ['a layer tag', { base: 'a', sub: '1', marks: [], layer: '4' }, 'a_1^(4)'],
    ['a primed function', { base: 'z', sub: '', marks: ['prime'], layer: '' }, 'z_prime'],
  ])('keys %s as %s', (_label, parts, key) => {
    expect(canonicalKey(parts)).toBe(key);
    expect(parseCanonicalKey(key)).toEqual(parts);
  });
});

describe('keyOfLatex: engine spelling and document spelling agree', () => {
  it.each([
    ['\\mathit{out}_{h1}', 'out_{h1}', 'out_h1'],
    ['\\mathit{out}_{o1}', '\\text{out}_{o1}', 'out_o1'],
    ['\\mathit{net}_{o1}', 'net_{o1}', 'net_o1'],
    ['E_{\\mathit{total}}', 'E_{total}', 'E_total'],
    ['E_{\\mathit{total}}', 'E_{\\text{total}}', 'E_total'],
    ['E_{o1}', 'E_{o1}', 'E_o1'],
    ['\\delta_{o1}', 'δ_{o1}', 'delta_o1'],
    ['w_{5}^{+}', 'w_5^+', 'w_5_plus'],
    ['w_{5}', 'w_5', 'w_5'],
    ['\\mathit{target}_{o1}', 'target_{o1}', 'target_o1'],
    ['\\eta', 'η', 'eta'],
    ['z_{1}^{(2)}', 'z_1^{(2)}', 'z_1^(2)'],
    ['\\hat{y}', '\\hat{y}', 'yhat'],
    ['\\mathit{yhat}', '\\hat y', 'yhat'],
    ['i_{1}', 'i_1', 'i_1'],
    ['o_{1}', 'o1', 'o_1'],
    ['w_{5_{new}}', 'w_{5new}', 'w_5new'],
    ['w_{1,2}', 'w_{12}', 'w_12'],
    ['\\frac{\\partial E_{\\mathit{total}}}{\\partial w_{5}}', '\\frac{\\partial E_{total}}{\\partial w_5}', '∂E_total/∂w_5'],
    ['\\frac{\\partial \\mathit{out}_{o1}}{\\partial \\mathit{net}_{o1}}', '\\frac{\\partial \\text{out}_{o1}}{\\partial \\text{net}_{o1}}', '∂out_o1/∂net_o1'],
    ['\\frac{\\partial E}{\\partial w_{ij}^{(l)}}', '\\frac{\\partial E}{\\partial w_{ij}^{(l)}}', '∂E/∂w_ij^(l)'],
  ])('reads %s and %s as %s', (engine, doc, key) => {
    expect(keyOfLatex(engine)).toBe(key);
    expect(keyOfLatex(doc)).toBe(key);
  });

  it.each(['a + b', 'x = 1', '\\frac{1}{2}', '', 'w_5, w_6'])('gives no key for %j, which is not one name', (latex) => {
    expect(keyOfLatex(latex)).toBeNull();
  });
});

// A side of numbers with no name that carries on an earlier line's arithmetic ("Row by row: 0.2 − 0.4 + 2.8 = 2.6") is
// about the same quantity: its terms are checked as that line's parts and its result as the quantity's value.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const relu = derive(loadNetwork('test/verify/public/nafiz-relu-softmax.yaml'));
const z1 = String.raw`$$z^{[1]}_1 = 0.2 \cdot 1 - 0.1 \cdot 4 + 0.4 \cdot 7$$` + '\n\n';
const claims = (rows: string): string[] =>
  verifyDocument(`${z1}Row by row:\n\n${rows}\n`, relu, { format: 'md' }).claims.filter((c) => c.line > 1).map((c) => `${c.printed} ${c.kind} ${c.quantity ?? '-'} ${c.verdict}`);

describe('arithmetic carried on from an earlier line', () => {
  it('judges the result as the quantity the earlier line computed, and each term as its part', () => {
    expect(claims('1. $0.2 - 0.4 + 2.8 = 2.6$')).toEqual(['0.2 arithmetic - exact', '0.4 arithmetic - exact', '2.8 arithmetic - exact', '2.6 value v$net_h1 exact']);
  });

  it('finds a slip in one term where it was written', () => {
    expect(claims('1. $0.2 - 0.4 + 2.9 = 2.7$').filter((c) => c.endsWith('erratum'))).toEqual(['2.9 arithmetic - erratum', '2.7 value v$net_h1 erratum']);
  });

  it('links nothing when the numbers are not the earlier line\'s parts', () => {
    expect(claims('1. $0.5 + 0.6 = 1.1$')).toEqual(['1.1 arithmetic - exact']);
  });

  it('of two parts, finds a typo in one term when the line\'s result is the quantity\'s value (the sum is right, the term is not)', () => {
    const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
    const doc = '$$net_{o1} = 0.4 \\cdot 0.593269992 + 0.45 \\cdot 0.596884378 + 0.6$$\n\n1. $0.237307997 + 0.26859779 + 0.6 = 1.105905967$\n';
    const r = verifyDocument(doc, mazur, { format: 'md' });
    expect(r.claims.filter((c) => c.line === 3).map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.237307997 exact', '0.26859779 erratum', '0.6 exact', '1.105905967 exact']);
  });
});


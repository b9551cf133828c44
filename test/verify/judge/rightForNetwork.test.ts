// A result the page rounded right from unrounded operands (the network's value) is no truncation because its printed,
// rounded operands give the next digit. Network: fixtures/mazur-2-2-2.yaml (w5⁺ = 0.4 − 0.5 · 0.0821670407 = 0.35891647965).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const arithmetic = (doc: string): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.kind === 'arithmetic').map((c) => `${c.printed} ${c.verdict}`);

describe('a result that is the network value rounded', () => {
  it('is exact though its rounded operands give the next digit', () => {
    expect(arithmetic(String.raw`The new weight: $p = 0.4 - 0.5 \cdot 0.082167025 = 0.35891648$`)).toEqual(['0.35891648 exact']);
  });

  it('stays a truncation where no quantity of the network has that value', () => {
    expect(arithmetic(String.raw`Another number: $p = 0.5 - 0.5 \cdot 0.082167025 = 0.45891648$`)).toEqual(['0.45891648 truncation']);
  });
});

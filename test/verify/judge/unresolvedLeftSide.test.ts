// Numbers substituted into a formula whose names resolve are compared with their quantities also when the line's left
// side is no quantity. Network: test/verify/public/bert-zh.yaml (Mazur's 2-2-2; output1 = 0.7513650696).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/bert-zh.yaml'));
const claims = (doc: string): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.kind} ${c.printed} ${c.verdict}${c.causedBy === undefined ? '' : ' (follows)'}`);
const line = (x: string, y: string): string => `$$\\frac{\\partial output1}{\\partial output1^{'}}=output1*(1-output1)=${x}*(1-${x})=${y}$$`;

describe('a left side that is no quantity', () => {
  it("still compares the numbers with the formula's names: 0.751365095 (a digit dropped) for output1, written twice, is one mistake", () => {
    expect(claims(line('0.751365095', '0.186815589'))).toEqual([
      'operand 0.751365095 erratum', 'operand 0.751365095 erratum (follows)', 'arithmetic 0.186815589 exact',
    ]);
  });

  it('names the slip: a digit dropped from 0.7513650695 (output1 cut off at ten decimals)', () => {
    const first = verifyDocument(line('0.751365095', '0.186815589'), net, { format: 'md' }).claims[0]!;
    expect([first.slip, first.quantity]).toEqual(['dropped-digit', 'v$out_output1']);
  });

  it('passes the right numbers', () => {
    expect(claims(line('0.7513650696', '0.1868156018'))).toEqual(['operand 0.7513650696 exact', 'operand 0.7513650696 exact', 'arithmetic 0.1868156018 exact']);
  });

  it('takes a later use of the result as that mistake again', () => {
    const later = '\n\n$$\\frac{\\partial E}{\\partial w_5}=0.7413650696*0.186815589*0.5932699921=0.0821670349$$';
    const judged = claims(line('0.751365095', '0.186815589') + later);
    expect(judged.filter((c) => c.includes('0.0821670349'))).toEqual(['value 0.0821670349 erratum (follows)']);
  });
});

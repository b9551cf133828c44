// A cost printed below zero where verify cannot evaluate the point (E(θ) on the whole data set) is an erratum: the
// network's loss is never negative. Network: fixtures/mazur-2-2-2.yaml (½ Σ (t − o)², E_total = 0.298371109).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const flagged = (doc: string): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.printed} ${c.detail ?? ''}`);

describe('a negative value printed for the loss', () => {
  it('is an erratum where the loss is a squared error, at a point the network cannot evaluate', () => {
    const doc = String.raw`The loss is $E = 0.298371109$ with $w_5 = 0.4$ and $w_6 = 0.45$; on the whole data set the source gives $E(\theta) = -0.28$.`;
    expect(flagged(doc)).toEqual(['1 -0.28 a squared error is never negative']);
  });

  it('says nothing of a positive cost there, nor of a negative value of another function', () => {
    const doc = String.raw`The loss is $E = 0.298371109$ and $w_5 = 0.4$; on the whole data set $E(\theta) = 0.31$ and $f(2) = -1$.`;
    expect(flagged(doc)).toEqual([]);
  });
});

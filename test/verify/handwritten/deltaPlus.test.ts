// A page we wrote in the δ = (t − y) y (1 − y) convention (w_new = w_old + ηδx), with δ_o for the only output and a hidden δ worked from it: read in the page's sign, and a weight updated too early found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const here = import.meta.dirname;
const read = (name: string): string => readFileSync(join(here, name), 'utf8');
const wrong = (r: ReturnType<typeof verifyDocument>): string[] => r.claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'not-printed').map((c) => `${c.line} ${c.printed} ${c.slip ?? ''}`.trim());

describe('δ taken as t − y', () => {
  const net = derive(loadNetwork(join(here, 'delta-plus.yaml')));

  it('reads δ_o as minus the output\'s δ, δ_h in the same sign, and finds nothing wrong', () => {
    const r = verifyDocument(read('delta-plus.md'), net);
    expect(wrong(r)).toEqual([]);
    expect(r.claims.filter((c) => c.verdict === 'unresolved')).toEqual([]);
    const names = new Map(r.names.map((n) => [n.name, n.quantity]));
    expect([names.get('delta_o'), names.get('delta_h')]).toEqual(['neg$d$net_y', 'neg$d$net_h']);
    // δ_h = 0.5744(1 − 0.5744)(0.1050)(0.5): each number paired with its quantity, δ_o's in the page's sign
    expect(r.claims.filter((c) => c.line === 21 && c.kind === 'operand').map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.5744 exact', '0.5744 exact', '0.1050 exact', '0.5 exact']);
  });

  it('finds v⁺ used for v in δ_h', () => {
    expect(wrong(verifyDocument(read('delta-plus-slips.md'), net))).toEqual(['21 0.5302 updated-too-early']);
  });
});

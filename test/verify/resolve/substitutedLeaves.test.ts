// Names found by the numbers written in their places: a formula of the page's own letters followed by the same formula
// with numbers binds each letter to the one leaf that prints as its number, only where the formula is then one
// quantity everywhere; a name merely given a number, a whole number, or a name inside a call binds nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(parseNetwork(readFileSync('fixtures/mazur-2-2-2.yaml', 'utf8'), 'mazur.yaml'));
const names = (md: string): Record<string, string | undefined> =>
  Object.fromEntries(verifyDocument(md, mazur, { format: 'md' }).names.map((n) => [n.name, n.rule ? `${n.means} (${n.rule})` : undefined]));

describe('leaves found by the numbers substituted for them', () => {
  it('binds every letter of a net written in the page\'s own notation, and the net itself', () => {
    const found = names(String.raw`$$s = p x + q y + r = 0.15 \cdot 0.05 + 0.20 \cdot 0.10 + 0.35 = 0.3775$$`);
    expect(found).toMatchObject({ p: 'w1 (formula-leaves)', x: 'i1 (formula-leaves)', q: 'w2 (formula-leaves)', y: 'i2 (formula-leaves)', r: 'b1 (formula-leaves)', s: 'net_h1 (defined-by-formula)' });
  });

  it('binds nothing from a name given a number alone', () => {
    expect(names(String.raw`$$p = 0.15$$`).p).toBeUndefined();
  });

  it('binds nothing from whole numbers, which counters and indices print as often', () => {
    expect(names(String.raw`$$s = p x + q = 3 \cdot 1 + 2 = 5$$`).x).toBeUndefined();
  });

  it('leaves a name inside a call unpaired, so its formula binds nothing', () => {
    const found = names(String.raw`$$g = p\,\sigma(z) = 0.40 \cdot \sigma(0.3775) = 0.2373$$`);
    expect([found.p, found.z]).toEqual([undefined, undefined]);
  });
});

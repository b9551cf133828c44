// Reads the seed claims' numbers (test/seeds/claims.json, copied from ../shared/seed-claims/claims.json) and maps their quantity
// expressions to derive's JSON. The copy holds no text of the seed documents, so these checks run on a fresh clone too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/** The project's copy of the claims: their numbers, not the documents' text. */
export const CLAIMS_COPY = join(ROOT, 'test', 'seeds', 'claims.json');

export interface Claim {
  id: string;
  document: string;
  computation: string;
  type: 'numeric' | 'symbolic';
  printed: string | null;
  quantity: string | null;
  exact: string | boolean | string[] | null;
  verdict: string;
  hand_value?: string | null;
}

export function loadClaims(): Claim[] {
  return JSON.parse(readFileSync(CLAIMS_COPY, 'utf8')).claims as Claim[];
}

type Json = Record<string, unknown>;

/** The value derive's JSON gives for V('n'), D('a','b'), U('w') and TRAIN(1, 'n'); undefined for anything else. */
export function valueFor(quantity: string, json: Json, root = 'E_total'): number | undefined {
  const get = (section: string, key: string): number | undefined => (json[section] as Record<string, number> | undefined)?.[key];
  let m = /^V\('(\w+)'\)$/.exec(quantity);
  if (m) return get('values', m[1]!);
  m = /^U\('(\w+)'\)$/.exec(quantity);
  if (m) return get('updated', m[1]!);
  m = /^TRAIN\(1,'(\w+)'\)$/.exec(quantity);
  if (m) return get('afterUpdate', m[1]!) ?? get('updated', m[1]!);
  m = /^D\('(\w+)','(\w+)'\)$/.exec(quantity);
  if (m) {
    const [, of, wrt] = m as unknown as [string, string, string];
    if (of === root) return get('adjoints', wrt);
    return get('partials', `${of}/${wrt}`) ?? get('termPartials', `${of}/${wrt}`);
  }
  return undefined;
}

/** Digits after the decimal point of a printed number. */
export function printedDecimals(printed: string): number {
  const dot = printed.indexOf('.');
  return dot < 0 ? 0 : printed.length - dot - 1;
}

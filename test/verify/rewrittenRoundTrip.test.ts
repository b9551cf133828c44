// derive's hand calculation at four decimals rewritten as lecturers write theirs (× or * for ·, plain parentheses, the two numbers of a product swapped, the line of names left out, ≈, bold or boxed results, .5, decimal commas, σ(x), Unicode minus) → verify against the exact network: no wrong number, and as much judged.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const FIXTURES = readdirSync('fixtures').filter((f) => /\.ya?ml$/.test(f)).sort();

/** Each rewrite keeps every number and what it says; only the writing changes. */
const REWRITES: Record<string, (md: string) => string> = {
  'times for cdot': (t) => t.replace(/\\cdot/g, '\\times'),
  'star for cdot': (t) => t.replace(/\\cdot/g, '*'),
  'plain parentheses': (t) => t.replace(/\\left\(/g, '(').replace(/\\right\)/g, ')'),
  'a product of two numbers swapped': (t) => t.replace(/(-?\d+\.\d+) \\cdot (-?\d+\.\d+)(?= =)/g, '$2 \\cdot $1'),
  // ∂E/∂b = δ_{e1} · ∂net/∂b + … = −0.0405 · 1 + 0.0482 · 1 = 0.0077 written without its line of names
  'the line of names left out': (t) => t.replace(/^(\$\$[^=$]+=)[^=$]+=([^=$]+=[^=$]+\$\$)$/gm, '$1$2'),
  '≈ before each result': (t) => t.replace(/ = (-?\d+\.\d+)\$\$$/gm, ' \\approx $1$$$$'),
  'results in bold': (t) => t.replace(/ = (-?\d+\.\d+)\$\$$/gm, ' = \\mathbf{$1}$$$$'),
  'results boxed': (t) => t.replace(/ = (-?\d+\.\d+)\$\$$/gm, ' = \\boxed{$1}$$$$'),
  'no leading zero': (t) => t.replace(/(?<![\d.])0\.(\d)/g, '.$1'),
  'decimal commas': (t) => t.replace(/(\d)\.(\d)/g, '$1{,}$2'),
  'σ(x) for 1/(1 + e^{−x})': (t) => t.replace(/\\frac\{1\}\{1 \+ e\^\{-(-?\d+\.\d+)\}\}/g, '\\sigma($1)'),
  'Unicode minus signs': (t) => t.replace(/(?<=[ (])-(?=\d)/g, '−'),
};

describe.each(FIXTURES)('the hand calculation of %s, rewritten', (file) => {
  const exact = derive(loadNetwork(`fixtures/${file}`));
  const md = emit(derive(loadNetwork(`fixtures/${file}`), { policy: { decimals: 4, hand: true } }), 'md');
  const numbersJudged = (r: ReturnType<typeof verifyDocument>): number => r.claims.filter((c) => c.kind !== 'formula' && c.verdict !== 'unresolved').length;
  const judged = numbersJudged(verifyDocument(md, exact, { format: 'md' }));
  it.each(Object.keys(REWRITES))('with %s, has no wrong number', (name) => {
    const r = verifyDocument(REWRITES[name]!(md), exact, { format: 'md' });
    // a rewrite that made verify read less would hide as well as any slip: at least nine in ten of the numbers stay judged
    expect(numbersJudged(r)).toBeGreaterThanOrEqual(0.9 * judged);
    expect(r.claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'truncation' || c.verdict === 'not-printed').map((c) => `${c.line}:${c.column} ${c.subject} printed ${c.printed}, expected ${c.expected} (${c.verdict}) ${c.detail ?? ''}`)).toEqual([]);
  });
});

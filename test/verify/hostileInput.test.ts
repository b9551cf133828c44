// Hostile documents finish without throwing, in bounded time, with a clear message for what could not be read.
import { describe, expect, it } from 'vitest';
import { readEquations } from '../../src/verify/read/readEquations.js';
import type { DocumentFormat } from '../../src/verify/read/extractEquations.js';

/**
 * How large the largest cases are: a quarter under `npm test` (still far past where anything quadratic would hang:
 * 60,000 equations on one line), the full sizes under `npm run fuzz` (FUZZ_RUNS set).
 */
const k = (full: number): number => (process.env.FUZZ_RUNS ? full : Math.round(full / 4));

const tenThousandEquations = Array.from({ length: 10_000 }, (_, i) => `$$w_{${i}}^+ = w_${i} - \\eta * \\frac{\\partial E}{\\partial w_${i}} = 0.${i}$$`).join('\n\n');

interface Shape {
  equations: number;
  parsed?: number;
  skippedMatch?: RegExp;
  reasonMatch?: RegExp;
  /** Formats the case applies to (default all three): TeX has no code fences. */
  formats?: DocumentFormat[];
}

describe('hostile documents', () => {
  it.each<[string, string, Shape]>([
    ['a 1 MB line of prose', 'x'.repeat(1_000_000), { equations: 0 }],
    ['a long line of unclosed dollars', '$a '.repeat(k(333_333)), { equations: 0, skippedMatch: /unclosed \$|more unreadable/ }],
    ['a long line of tiny equations', '$a$ '.repeat(k(250_000)), { equations: k(250_000), parsed: k(250_000) }],
    ['one 1 MB equation', `$${'a+'.repeat(500_000)}a$`, { equations: 0, skippedMatch: /math of 1000001 characters/ }],
    ['200,000 unclosed braces', `$${'{'.repeat(200_000)}$`, { equations: 0, skippedMatch: /characters/ }],
    ['unbalanced braces', '$$\\frac{1}{2$$ $x}$ $\\left( x$', { equations: 3, parsed: 0, reasonMatch: /never closed|nothing opens/ }],
    ['2,000 nested parentheses', `$$${'('.repeat(2000)}x${')'.repeat(2000)}$$`, { equations: 1, parsed: 0, reasonMatch: /nesting deeper than/ }],
    ['4,000 minus signs', `$$${'-'.repeat(4000)}x$$`, { equations: 1, parsed: 0, reasonMatch: /nesting deeper than/ }],
    ['an overlong equation', `$$${'\\frac{1}{'.repeat(1000)}x${'}'.repeat(1000)}$$`, { equations: 1, parsed: 0, reasonMatch: /characters long/ }],
    ['10,000 equations', tenThousandEquations, { equations: 10_000, parsed: 10_000 }],
    ['many empty $$', '$$'.repeat(k(400_000)), { equations: 0, skippedMatch: /empty math|more unreadable/ }],
    ['an unclosed code fence', '```\n' + '$a$ '.repeat(100_000), { equations: 0, formats: ['md', 'text'] }],
    ['many unclosed environments', '\\begin{align}'.repeat(k(100_000)), { equations: 0, skippedMatch: /unclosed \\begin\{align\}/ }],
    ['binary noise', String.fromCharCode(...Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 65_536)), { equations: -1 }],
  ])('survives %s', (_label, doc, shape) => {
    for (const format of shape.formats ?? (['md', 'tex', 'text'] as DocumentFormat[])) {
      const math = readEquations(doc, { format });
      if (shape.equations >= 0) expect(math.equations).toHaveLength(shape.equations);
      if (shape.parsed !== undefined) expect(math.equations.filter((e) => !e.parse.skipped)).toHaveLength(shape.parsed);
      if (shape.skippedMatch) expect(math.skipped[0]?.reason).toMatch(shape.skippedMatch);
      if (shape.reasonMatch) for (const e of math.equations) expect(e.skip?.reason).toMatch(shape.reasonMatch);
      expect(math.skipped.length).toBeLessThanOrEqual(101);
    }
  });
});

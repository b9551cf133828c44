// One printed number of derive's own output changed far beyond rounding (a digit with two or more after it changed,
// or two transposed): verify reports it as wrong on its line, never passes it.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { derive, emit, loadNetwork, type DerivationDocument } from '../../src/api.js';
import { verifyDocument, type LocatedClaim } from '../../src/verify/verifyDocument.js';

const FIXTURES = readdirSync('fixtures').filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
const READ_AS = { tex: 'tex', md: 'md', txt: 'text' } as const;
type Format = keyof typeof READ_AS;
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

interface Case {
  doc: DerivationDocument;
  text: string;
  format: Format;
  /** The numbers verify judged exact, each once, with their offset in the text. */
  numbers: (LocatedClaim & { at: number })[];
}

/** Document offset of a claim's line and column (both 1-based). */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

const cases = new Map<string, Case>();
function caseOf(file: string, format: Format): Case {
  const key = `${file} ${format}`;
  const known = cases.get(key);
  if (known) return known;
  const doc = derive(loadNetwork(`fixtures/${file}`));
  const text = emit(doc, format);
  const seen = new Set<number>();
  const numbers = verifyDocument(text, doc, { format: READ_AS[format] }).claims.flatMap((c) => {
    const at = offsetOf(text, c.line, c.column);
    const literal = /^-?\d+(\.\d+)?$/.test(c.printed) && text.slice(at, at + c.printed.length) === c.printed;
    // a number of two significant digits or more, so that a change of its first one is far beyond any rounding
    if (!literal || c.verdict !== 'exact' || seen.has(at) || c.printed.replace(/^[-0.]+/, '').replace('.', '').length < 2) return [];
    seen.add(at);
    return [{ ...c, at }];
  });
  const made = { doc, text, format, numbers };
  cases.set(key, made);
  return made;
}

/**
 * The printed number with one significant digit that has two digits or more after it (or the first) moved by `by`
 * (1–8) places on the ring 0–9, never to a leading 0; or (`swap`) that digit and the next transposed.
 */
function mutate(printed: string, by: number, which: number, swap: boolean): string {
  const positions = [...printed].flatMap((ch, i) => (/\d/.test(ch) && i >= printed.search(/[1-9]/) ? [i] : []));
  const candidates = positions.filter((_, k) => k === 0 || k <= positions.length - 3);
  const at = candidates[which % candidates.length]!;
  if (swap) {
    const next = positions[positions.indexOf(at) + 1];
    if (next !== undefined && printed[at] !== printed[next] && !(at === positions[0] && printed[next] === '0')) {
      return printed.slice(0, at) + printed[next] + printed.slice(at + 1, next) + printed[at] + printed.slice(next + 1);
    }
  }
  const digit = Number(printed[at]);
  let next = (digit + by) % 10;
  if (next === 0 && at === positions[0]) next = (digit + by + 1) % 10 || 1;
  return printed.slice(0, at) + String(next) + printed.slice(at + 1);
}

describe('a number of derive output changed far beyond rounding', () => {
  it('is reported wrong on its line (erratum or truncation), never passed as right', () => {
    const pick = fc.record({ file: fc.constantFrom(...FIXTURES), format: fc.constantFrom<Format>('tex', 'md', 'txt'), which: fc.nat(), digit: fc.nat(), by: fc.integer({ min: 1, max: 8 }), swap: fc.boolean() });
    fc.assert(
      fc.property(pick, ({ file, format, which, digit, by, swap }) => {
        const c = caseOf(file, format);
        fc.pre(c.numbers.length > 0);
        const target = c.numbers[which % c.numbers.length]!;
        const wrong = mutate(target.printed, by, digit, swap);
        fc.pre(wrong !== target.printed);
        const text = c.text.slice(0, target.at) + wrong + c.text.slice(target.at + target.printed.length);
        const report = verifyDocument(text, c.doc, { format: READ_AS[format] });
        const here = report.claims.filter((k) => k.line === target.line && k.column === target.column);
        const where = `${file} as ${format}, line ${target.line}: ${target.printed} → ${wrong} (${target.kind} ${target.subject ?? ''})`;
        // the changed number itself is never exact or off by rounding
        expect(here.filter((k) => k.verdict === 'exact' || k.verdict === 'rounding-propagation').map((k) => `${where}: ${k.verdict} ${k.detail ?? ''}`)).toEqual([]);
        // and its line carries an error
        expect(report.claims.some((k) => k.line === target.line && (k.verdict === 'erratum' || k.verdict === 'truncation')) ? 'flagged' : `${where}: nothing flagged on the line`).toBe('flagged');
      }),
      { numRuns: RUNS, seed: 20261205 },
    );
  });
});

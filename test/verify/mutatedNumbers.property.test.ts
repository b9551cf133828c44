// One printed number of derive's own output (exact, or its hand calculation at four decimals) changed far beyond rounding
// (a digit with two or more after it changed, or two transposed): verify reports it as wrong on its line, never passes it.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { derive, emit, loadNetwork, type DerivationDocument } from '../../src/api.js';
import { verifyDocument, type LocatedClaim } from '../../src/verify/verifyDocument.js';
import { mutateDigit, offsetOf } from '../helpers/mutate.js';

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

const cases = new Map<string, Case>();
/** `hand`: derive's hand calculation at four decimals (each line from the rounded lines before it), judged against the exact network. */
function caseOf(file: string, format: Format, hand = false): Case {
  const key = `${file} ${format} ${hand}`;
  const known = cases.get(key);
  if (known) return known;
  const doc = derive(loadNetwork(`fixtures/${file}`));
  const text = emit(hand ? derive(loadNetwork(`fixtures/${file}`), { policy: { decimals: 4, hand: true } }) : doc, format);
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

describe('a number of derive output changed far beyond rounding', () => {
  it('is reported wrong on its line (erratum or truncation), never passed as right', () => {
    const pick = fc.record({ file: fc.constantFrom(...FIXTURES), format: fc.constantFrom<Format>('tex', 'md', 'txt'), hand: fc.boolean(), which: fc.nat(), digit: fc.nat(), by: fc.integer({ min: 1, max: 8 }), swap: fc.boolean() });
    fc.assert(
      fc.property(pick, ({ file, format, hand, which, digit, by, swap }) => {
        const c = caseOf(file, format, hand);
        fc.pre(c.numbers.length > 0);
        const target = c.numbers[which % c.numbers.length]!;
        const wrong = mutateDigit(target.printed, by, digit, swap);
        fc.pre(wrong !== target.printed);
        const text = c.text.slice(0, target.at) + wrong + c.text.slice(target.at + target.printed.length);
        const report = verifyDocument(text, c.doc, { format: READ_AS[format] });
        const here = report.claims.filter((k) => k.line === target.line && k.column === target.column);
        const where = `${file}${hand ? ' by hand' : ''} as ${format}, line ${target.line}: ${target.printed} → ${wrong} (${target.kind} ${target.subject ?? ''})`;
        // the changed number itself is never exact or off by rounding
        expect(here.filter((k) => k.verdict === 'exact' || k.verdict === 'rounding-propagation').map((k) => `${where}: ${k.verdict} ${k.detail ?? ''}`)).toEqual([]);
        // and its line carries an error
        expect(report.claims.some((k) => k.line === target.line && (k.verdict === 'erratum' || k.verdict === 'truncation')) ? 'flagged' : `${where}: nothing flagged on the line`).toBe('flagged');
      }),
      { numRuns: RUNS, seed: 20261205 },
    );
  });
});

// One number verify judged right on a public corpus document, changed far beyond rounding (a digit with two or more
// after it moved, or two digits transposed): verify must never pass it as right or rounded, and flags it on its line
// nearly always (left unjudged, it is listed in coverage).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { derive, loadNetwork, type DerivationDocument } from '../../../src/api.js';
import { formatOfPath, prepareVerify, verify, type LocatedClaim } from '../../../src/api/verification.js';
import { mutateDigit, offsetOf } from '../../helpers/mutate.js';

const DIR = 'test/verify/public';
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const corpus = (JSON.parse(readFileSync(`${DIR}/corpus.json`, 'utf8')) as { name: string; doc: string; net: string }[]).filter((e) => !e.doc.endsWith('.ipynb'));

interface Case {
  text: string;
  run: (text: string) => Promise<LocatedClaim[]>;
  numbers: (LocatedClaim & { at: number })[];
}

const nets = new Map<string, DerivationDocument>();
const cases = new Map<string, Case>();
async function caseOf(name: string): Promise<Case> {
  const known = cases.get(name);
  if (known) return known;
  const entry = corpus.find((e) => e.name === name)!;
  const path = join(DIR, entry.doc);
  const network = (file: string): DerivationDocument => nets.get(file) ?? nets.set(file, derive(loadNetwork(file))).get(file)!;
  const source = { main: network(join(DIR, entry.net)), load: (file: string) => network(join(dirname(path), file)) };
  const format = formatOfPath(path);
  const run = async (text: string): Promise<LocatedClaim[]> => {
    await prepareVerify(text, source, { format });
    return verify(text, source, { format, file: path }).claims;
  };
  const text = readFileSync(path, 'utf8');
  const seen = new Set<number>();
  const numbers = (await run(text)).flatMap((c) => {
    const at = offsetOf(text, c.line, c.column);
    const literal = /^-?\d*\.?\d+$/.test(c.printed) && text.slice(at, at + c.printed.length) === c.printed;
    if (!literal || c.verdict !== 'exact' || c.kind === 'formula' || seen.has(at) || c.printed.replace(/^[-0.]+/, '').replace('.', '').length < 2) return [];
    seen.add(at);
    return [{ ...c, at }];
  });
  const made = { text, run, numbers };
  cases.set(name, made);
  return made;
}

describe('a number of a public document verify judged right, changed far beyond rounding', () => {
  it('is flagged on its line and never passed as right or rounded', async () => {
    const pick = fc.record({ name: fc.constantFrom(...corpus.map((e) => e.name)), which: fc.nat(), digit: fc.nat(), by: fc.integer({ min: 1, max: 8 }), swap: fc.boolean() });
    const failures: string[] = [];
    const hidden: string[] = [];
    let tried = 0;
    for (const { name, which, digit, by, swap } of fc.sample(pick, { numRuns: RUNS, seed: 20261205 })) {
      const c = await caseOf(name);
      if (c.numbers.length === 0) continue;
      const target = c.numbers[which % c.numbers.length]!;
      const wrong = mutateDigit(target.printed, by, digit, swap);
      if (wrong === target.printed) continue;
      tried++;
      const claims = await c.run(c.text.slice(0, target.at) + wrong + c.text.slice(target.at + target.printed.length));
      const where = `${name}:${target.line}:${target.column} ${target.printed} → ${wrong} (${target.kind} ${target.subject ?? ''})`;
      const passed = claims.filter((k) => k.line === target.line && k.column === target.column && (k.verdict === 'exact' || k.verdict === 'rounding-propagation'));
      if (passed.length > 0) failures.push(`${where}: passed as ${passed[0]!.verdict} ${passed[0]!.detail ?? ''}`);
      else if (!claims.some((k) => k.line === target.line && (k.verdict === 'erratum' || k.verdict === 'truncation'))) hidden.push(`${where}: nothing flagged on the line`);
    }
    if (process.env.MUTATION_REPORT) console.log(`tried ${tried}, passed ${failures.length}, not flagged ${hidden.length}\n${[...failures, ...hidden].join('\n')}`);
    expect(tried).toBeGreaterThan(RUNS / 2);
    // the worst bug: a wrong number called right or rounded
    expect(failures).toEqual([]);
    // a changed number left unjudged (listed in coverage: unresolved, or set aside as another example's) is a gap:
    // at most one in twenty-five (measured 1.3% in 1,000 changes)
    expect(hidden.length).toBeLessThanOrEqual(Math.max(1, tried / 25));
  }, 600_000);
});

// Public worked examples the project had not seen (test/verify/public/corpus.json, built by
// test/verify/public/recompute/corpus.py from each document's independent recompute): what `verify` does on each
// original and on its copy with planted slips. Rows that hold today are `it`; every known miss (a slip not found,
// a false erratum, a number neither judged nor in coverage) is an `it.fails` row with its reason, so it flips
// (and fails, asking to be promoted) when verify learns to do it. Last, one number verify judged right on an original,
// changed far beyond rounding, must never pass (the mutation test reads the originals' reports verified here).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { derive, loadNetwork, type DerivationDocument } from '../../src/api.js';
import { formatOfPath, prepareVerify, verify as verifyText, type LocatedClaim } from '../../src/api/verification.js';
import { runCli } from '../helpers/cli.js';
import { mutateDigit, offsetOf } from '../helpers/mutate.js';

interface Slip { line: number; kind: string; printed: string; right: string; scope?: string; found: boolean; why?: string }
interface Result {
  exit: number; equations: number; numbersSeen: number; numbersJudged: number; judgedOnNetwork: number; falseTruncationLines: number[];
  errataLines: number[]; falseAlarmLines: number[]; falseAlarms: string[]; slips: Slip[];
  wrongPassed?: { line: number; printed: string; verdict: string }[];
}
interface Entry {
  name: string; doc: string; net: string; style: string; numbersPrinted: number; slipLines: number[];
  wrongNumbers?: { line: number; printed: string; root?: boolean }[];
  verify: Result; slipsCopy: { doc: string; planted: Slip[]; verify: Result };
}
interface Report {
  equations: number;
  coverage: { numbers: { seen: number; judged: number } };
  claims: { line: number; column: number; verdict: string; kind: string; printed?: string; subject?: string }[];
}

const DIR = 'test/verify/public';
const corpus = JSON.parse(readFileSync(`${DIR}/corpus.json`, 'utf8')) as Entry[];

async function verify(doc: string, net: string): Promise<{ status: number; report: Report }> {
  const r = await runCli(['verify', `${DIR}/${doc}`, '--net', `${DIR}/${net}`, '--format', 'json']);
  return { status: r.status, report: JSON.parse(r.stdout) as Report };
}

const numbersIn = (s: string): number[] => (s.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);

/**
 * Whether the report names the slip on its line: an erratum (or truncation) there, printing the slip's number (by size:
 * a source note may give it without the page's sign, 0.0819 for −0.0819).
 */
function finds(report: Report, slip: Slip): boolean {
  const wanted = numbersIn(slip.printed).map(Math.abs);
  return report.claims.some((c) => c.line === slip.line && (c.verdict === 'erratum' || c.verdict === 'truncation')
    && (wanted.length === 0 || c.kind === 'formula' || wanted.includes(Math.abs(Number(c.printed)))));
}

/** Lines with an erratum where neither the source nor a planted slip (nor what follows from one) is wrong. */
function falseAlarms(report: Report, allowed: Set<number>): number[] {
  return [...new Set(report.claims.filter((c) => c.verdict === 'erratum' && !allowed.has(c.line)).map((c) => c.line))].sort((a, b) => a - b);
}

/** Claims that call a number the recompute finds wrong (on its line, printed the same) right: a quantity claim always; an
 * arithmetic claim when the number is a root slip (it follows from no other wrong value) and nothing flags it there. */
function passedWrong(report: Report, wrong: { line: number; printed: string; root?: boolean }[]): string[] {
  const key = (line: number, printed?: string) => `${line}:${Number(printed)}`;
  const keys = new Set(wrong.map((w) => key(w.line, w.printed)));
  const roots = new Set(wrong.filter((w) => w.root).map((w) => key(w.line, w.printed)));
  const flagged = new Set(report.claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'truncation').map((c) => key(c.line, c.printed)));
  const counts = (c: Report['claims'][number]) => (c.kind === 'arithmetic'
    ? roots.has(key(c.line, c.printed)) && !flagged.has(key(c.line, c.printed)) : keys.has(key(c.line, c.printed)));
  return report.claims.filter((c) => (c.verdict === 'exact' || c.verdict === 'rounding-propagation') && counts(c))
    .map((c) => `${c.line}: ${c.printed} ${c.verdict}`);
}

/**
 * The numbers of the planted slips the report does not find, each a root slip, unless the same number is printed right
 * on its line of the original (as the original's wrong numbers leave out: a claim on that right number, elsewhere on
 * the line, is not told apart from one on the planted number by line and value).
 */
const plantedNumbers = (report: Report, planted: Slip[], original: Entry) => planted.filter((s) => !finds(report, s))
  .flatMap((s) => (s.printed.match(/-?\d+(?:\.\d+)?/g) ?? []).map((printed) => ({ line: s.line, printed, root: true })))
  .filter((n) => !rightOnLine(original, n.line, n.printed));

/** Whether the original prints this number on that line and the recompute does not find it wrong there. */
function rightOnLine(entry: Entry, line: number, printed: string): boolean {
  const text = (originals.get(entry.doc) ?? originals.set(entry.doc, readFileSync(`${DIR}/${entry.doc}`, 'utf8').split('\n')).get(entry.doc)!)[line - 1] ?? '';
  const wrong = (entry.wrongNumbers ?? []).some((w) => w.line === line && Number(w.printed) === Number(printed));
  return numbersIn(text).includes(Number(printed)) && !wrong;
}

const originals = new Map<string, string[]>();

const row = (ok: boolean) => (ok ? it : it.fails);

/** Each original's report, by the entry's name: verified once, read by its rows and by the mutation test. */
const originalReports = new Map<string, Promise<{ status: number; report: Report }>>();

for (const entry of corpus) {
  describe(`${entry.name} (${entry.style})`, () => {
    const original = verify(entry.doc, entry.net);
    originalReports.set(entry.name, original);
    const copy = verify(entry.slipsCopy.doc, entry.net);
    const v = entry.verify;
    // lines where the recompute finds a wrong number (a slip or what follows from one), and the planted slips' lines
    const wrongLines = new Set(entry.slipLines);
    const planted = entry.slipsCopy.verify.slips.slice(v.slips.length);
    const wrongInCopy = new Set([...entry.slipLines, ...planted.map((s) => s.line)]);

    // what holds today, robust to verify's changes: it reads the document, and the numbers it compares on lines
    // where it raises no false alarm (the claims about this network) do not get fewer
    row(v.equations > 0)(`reads it (${v.equations} equations today) and compares at least ${v.judgedOnNetwork} printed numbers with the network`, async () => {
      const { report } = await original;
      const side = new Set([...v.falseAlarmLines, ...v.falseTruncationLines]);
      const compared = report.claims.filter((c) => ['exact', 'rounding-propagation', 'truncation', 'erratum'].includes(c.verdict)
        && c.printed !== undefined && Number.isFinite(Number(c.printed)) && !side.has(c.line));
      expect(report.equations).toBeGreaterThan(0);
      expect(compared.length).toBeGreaterThanOrEqual(v.judgedOnNetwork);
    });

    row(v.numbersSeen >= entry.numbersPrinted)(
      `sees every printed number (judged or listed in coverage): ${v.numbersSeen} seen of ${entry.numbersPrinted}`, async () => {
        const { report } = await original;
        expect(report.coverage.numbers.seen).toBeGreaterThanOrEqual(entry.numbersPrinted);
      });

    row(v.numbersJudged >= entry.numbersPrinted)(
      `judges every printed number — today ${v.numbersJudged} of ${entry.numbersPrinted}`, async () => {
        const { report } = await original;
        expect(report.coverage.numbers.judged).toBeGreaterThanOrEqual(entry.numbersPrinted);
      });

    row(v.falseAlarmLines.length === 0)(
      `raises no false erratum on the original${v.falseAlarmLines.length ? ` — today on lines ${v.falseAlarmLines.join(', ')}: ${v.falseAlarms[0]}` : ''}`,
      async () => {
        const { report } = await original;
        expect(falseAlarms(report, wrongLines)).toEqual([]);
      });

    const passed = v.wrongPassed ?? [];
    row(passed.length === 0)(
      `calls no wrong number right${passed.length ? ` — today ${passed.length}, first line ${passed[0].line}: ${passed[0].printed} ${passed[0].verdict}` : ''}`,
      async () => {
        const { report } = await original;
        expect(passedWrong(report, entry.wrongNumbers ?? [])).toEqual([]);
      });

    for (const slip of v.slips) {
      const scope = slip.scope ? ` [${slip.scope}]` : '';
      row(slip.found)(`finds the source's ${slip.kind} on line ${slip.line} (printed ${slip.printed}, right ${slip.right})${scope}${slip.why ? ` — missed: ${slip.why}` : ''}`,
        async () => expect(finds((await original).report, slip)).toBe(true));
    }

    for (const slip of planted) {
      row(slip.found)(`finds the planted ${slip.kind} on line ${slip.line} (printed ${slip.printed}, right ${slip.right})${slip.why ? ` — missed: ${slip.why}` : ''}`,
        async () => expect(finds((await copy).report, slip)).toBe(true));
    }

    row(entry.slipsCopy.verify.falseAlarmLines.length === 0)(
      `raises no false erratum on the planted copy${entry.slipsCopy.verify.falseAlarmLines.length ? ` — today on lines ${entry.slipsCopy.verify.falseAlarmLines.join(', ')}` : ''}`,
      async () => {
        const { report } = await copy;
        expect(falseAlarms(report, wrongInCopy)).toEqual([]);
      });

    const passedInCopy = entry.slipsCopy.verify.wrongPassed ?? [];
    row(passedInCopy.length === 0)(
      `calls no planted number right on the planted copy${passedInCopy.length ? ` — today ${passedInCopy.length}, first line ${passedInCopy[0].line}: ${passedInCopy[0].printed} ${passedInCopy[0].verdict}` : ''}`,
      async () => {
        const { report } = await copy;
        expect(passedWrong(report, plantedNumbers(report, planted, entry))).toEqual([]);
      });

    row(entry.slipsCopy.verify.exit === 1)(`the planted copy exits 1 (an erratum)${entry.slipsCopy.verify.exit === 1 ? '' : ` — today ${entry.slipsCopy.verify.exit}`}`,
      async () => expect((await copy).status).toBe(1));
  });
}

// One number verify judged right on a public corpus document, changed far beyond rounding (a digit with two or more
// after it moved, or two digits transposed): verify must never pass it as right or rounded, and flags it on its line
// nearly always (left unjudged, it is listed in coverage). The numbers are read from the original's report above; each
// changed copy is verified through the API. FUZZ_RUNS and FUZZ_SEED widen the sweep; MUTATION_REPORT=1 prints what it found.
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const mutable = corpus.filter((e) => !e.doc.endsWith('.ipynb'));

interface Case {
  text: string;
  run: (text: string) => Promise<LocatedClaim[]>;
  numbers: (Report['claims'][number] & { printed: string; at: number })[];
}

const nets = new Map<string, DerivationDocument>();
const cases = new Map<string, Case>();
async function caseOf(name: string): Promise<Case> {
  const known = cases.get(name);
  if (known) return known;
  const entry = mutable.find((e) => e.name === name)!;
  const path = join(DIR, entry.doc);
  const network = (file: string): DerivationDocument => nets.get(file) ?? nets.set(file, derive(loadNetwork(file))).get(file)!;
  const source = { main: network(join(DIR, entry.net)), load: (file: string) => network(join(dirname(path), file)) };
  const format = formatOfPath(path);
  const run = async (text: string): Promise<LocatedClaim[]> => {
    await prepareVerify(text, source, { format });
    return verifyText(text, source, { format, file: path }).claims;
  };
  const text = readFileSync(path, 'utf8');
  const seen = new Set<number>();
  const numbers = (await originalReports.get(name)!).report.claims.flatMap((c) => {
    const printed = c.printed ?? '';
    const at = offsetOf(text, c.line, c.column);
    const literal = /^-?\d*\.?\d+$/.test(printed) && text.slice(at, at + printed.length) === printed;
    if (!literal || c.verdict !== 'exact' || c.kind === 'formula' || seen.has(at) || printed.replace(/^[-0.]+/, '').replace('.', '').length < 2) return [];
    seen.add(at);
    return [{ ...c, printed, at }];
  });
  const made = { text, run, numbers };
  cases.set(name, made);
  return made;
}

describe('a number of a public document verify judged right, changed far beyond rounding', () => {
  it('is flagged on its line and never passed as right or rounded', async () => {
    const pick = fc.record({ name: fc.constantFrom(...mutable.map((e) => e.name)), which: fc.nat(), digit: fc.nat(), by: fc.integer({ min: 1, max: 8 }), swap: fc.boolean() });
    const failures: string[] = [];
    const hidden: string[] = [];
    let tried = 0;
    for (const { name, which, digit, by, swap } of fc.sample(pick, { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261205) })) {
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

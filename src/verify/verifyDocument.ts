// `verify`: read → resolve → judge. Checks every equation of a document against a network's derivation; each claim and each skip gets its line and column.
import { countErrors } from './errorCount.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import type { Claim } from './judge/claim.js';
import { judgeDocument, type EquationClaim } from './judge/judgeDocument.js';
import { VERDICTS, type Verdict } from './judge/verdict.js';
import { createNetworkView } from './network/networkView.js';
import { readDocument, type ReadDocument, type ReadOptions } from './read/readDocument.js';
import { documentOffset } from './read/extractEquations.js';
import { resolveProse } from './resolve/proseSubjects.js';
import { resolveNames } from './resolve/resolveNames.js';
import { resolvePins, type Pin } from './resolve/pins.js';
import { addUnjudged, DECIMAL, measureCoverage, type Coverage } from './coverage.js';
import { findOtherExamples, type OtherExample } from './judge/otherExamples.js';
import { maskParts } from './judge/setAside.js';
import { asideArithmetic, type AsideClaim } from './judge/asideArithmetic.js';
import { comparedWithNetwork, keepHelpful, sectionsOfUnreadNames } from './judge/otherNames.js';
import type { BindingTable, RuleName } from './resolve/bindingTable.js';
import type { NetworkView } from './network/networkView.js';
import { editDistance } from '../util/editDistance.js';

export type { Claim, Verdict };

export interface LocatedClaim extends Omit<Claim, 'cause'> {
  /** The claim's number in the report (its index in `claims`). */
  id: number;
  /** For an erratum that only follows from an earlier one: the id of that root erratum. */
  causedBy?: number;
  line: number;
  column: number;
  /** Index of the equation in the document (-1 for a number in the prose). */
  equation: number;
  /** Document offset just past the math that holds the claim (after its closing delimiter). */
  mathEnd: number;
}

export interface VerifySkip {
  line: number;
  column: number;
  reason: string;
  /** The equation's LaTeX, when an equation (not a stray delimiter) was skipped. */
  latex?: string;
}

/** How one name the document writes was read: the quantity, its printed name and the rule that chose it, or none. */
export interface NameReading {
  /** The name as a canonical key (out_h1, ∂L/∂z, w_5_plus). */
  name: string;
  quantity?: string;
  /** The quantity's name in the network's notation, or the constant's value. */
  means?: string;
  /** Why the name is read as nothing (it stands for two quantities). */
  refused?: string;
  /** For a name read as nothing: the network's names it is closest to. */
  closest?: string[];
  rule?: RuleName;
  /** The convention a layer rule read the name in (a the net input, the inputs layer 0; …). */
  reading?: string;
}

export interface VerifyReport {
  /** Every name the document writes, in the order first written, with what it was read as. */
  names: NameReading[];
  equations: number;
  /** Equations with at least one statement parsed. */
  parsed: number;
  claims: LocatedClaim[];
  skipped: VerifySkip[];
  counts: Record<Verdict, number>;
  /** Errata by root cause: the mistakes themselves, and the errata that only follow from them. */
  errors: { roots: number; consequences: number };
  /** What was read and judged, and every number seen but not judged, with the reason. */
  coverage: Coverage;
}

export type VerifyOptions = ReadOptions & {
  /** Names pinned to quantities (--name a_1=out_h1, and the document's own backprop-tex comments). */
  pins?: readonly Pin[];
};

export function verifyDocument(text: string, doc: DerivationDocument, options: VerifyOptions = {}): VerifyReport {
  return verifyParts(text, doc, options, true);
}

/**
 * Reads, resolves and judges; where a part of the document turns out to be about another example, verifies the
 * document again without that part (so its numbers neither count as errata nor steer how names are read) and
 * lists the part in coverage.
 */
function verifyParts(text: string, doc: DerivationDocument, options: VerifyOptions, lookForOthers: boolean, aside: readonly AsideClaim[] = []): VerifyReport {
  const read = readDocument(text, options);
  const net = createNetworkView(doc);
  const table = resolveNames(read, net, resolvePins(options.pins ?? [], read, net));
  const judged = judgeDocument(read, table, resolveProse(read.prose, table, net), net);
  if (lookForOthers) {
    const aside = verifyAside(text, read, doc, options, judged.claims, findOtherExamples(read, judged.claims, judged.prose, table, net), net);
    if (aside) return aside;
  }
  // each claim is copied once, into its final key order (spreading every claim three times was a visible part of verify)
  const located: Placed[] = judged.claims.map((c) => {
    const e = read.equations[c.equation]!.equation;
    return { key: c, claim: c, at: read.lines.locate(documentOffset(e, c.start)), equation: e.index, mathEnd: e.regionClose };
  });
  // a prose claim is its own key, apart from the claim object (nothing names it as its cause); then the asides' arithmetic
  located.push(...judged.prose.map((c): Placed => ({ key: {}, claim: c, at: read.lines.locate(c.offset), equation: -1, mathEnd: c.offset })), ...aside.map((a): Placed => ({ key: a.claim, ...a })));
  located.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  const ids = new Map<object, number>(located.map((p, i) => [p.key, i]));
  const claims: LocatedClaim[] = located.map((p, i) => {
    const root = p.claim.cause ? ids.get(p.claim.cause) : undefined;
    return placedClaim(p, i, root);
  });
  const skipped: VerifySkip[] = read.skipped.map(({ line, column, reason }) => ({ line, column, reason }));
  for (const e of read.equations) if (e.skip) skipped.push({ line: e.skip.line, column: e.skip.column, reason: e.skip.reason, latex: e.equation.latex });
  skipped.sort((a, b) => a.line - b.line || a.column - b.column);
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, claims.filter((c) => c.verdict === v).length])) as Record<Verdict, number>;
  const errors = countErrors(claims);
  const coverage = measureCoverage(read, judged.claims, judged.prose);
  const names = readings(read.quantityNames, table, net);
  if (coverage.judged === 0) suggestNames(names, table, net);
  return { names, errors, coverage, equations: read.equations.length, parsed: read.equations.filter((e) => !e.parse.skipped).length, claims, skipped, counts };
}

/**
 * The report on the document verified again with the parts about another example set aside, and with each section
 * whose names mean something else that, set aside too, lets the rest compare more with the network; undefined when
 * nothing is set aside.
 */
function verifyAside(text: string, read: ReadDocument, doc: DerivationDocument, options: VerifyOptions, claims: readonly EquationClaim[], others: readonly OtherExample[], net: NetworkView): VerifyReport | undefined {
  // a notebook's parts are offsets into its cells' text, which is read again as Markdown at the notebook's lines
  // the parts' own arithmetic that their printed numbers alone make wrong stays in the report (judge/asideArithmetic.ts;
  // comparedWithNetwork counts no arithmetic, so it does not sway which parts are kept)
  const without = (parts: readonly OtherExample[], kept = asideArithmetic(read, parts, claims, net)): VerifyReport => (options.format === 'ipynb'
    ? verifyParts(maskParts(read.text, parts), doc, { ...options, format: 'md', lines: read.lines, indexBase: read.indexBase }, false, kept)
    : verifyParts(maskParts(text, parts), doc, { ...options, indexBase: read.indexBase }, false, kept));
  const first = others.length > 0 ? without(others) : undefined;
  const candidates = sectionsOfUnreadNames(read, claims).filter((c) => !others.some((o) => o.start < c.end && c.start < o.end));
  const base = comparedWithNetwork(first?.claims ?? claims);
  const named = keepHelpful(candidates, base, (parts) => {
    const report = without(sortParts([...others, ...parts]));
    return { report, compared: comparedWithNetwork(report.claims) };
  });
  if (named.report) return withOtherExamples(read.text, sortParts([...others, ...named.kept]), named.report, read);
  return first && withOtherExamples(read.text, others, first, read);
}

const sortParts = (parts: readonly OtherExample[]): OtherExample[] => [...parts].sort((a, b) => a.start - b.start);

/** The report on the rest, with the document's own equation counts and the parts set aside listed in coverage (one entry per reason). */
function withOtherExamples(text: string, others: readonly OtherExample[], report: VerifyReport, read: ReadDocument): VerifyReport {
  const notJudged = [...report.coverage.notJudged];
  let seen = 0;
  for (const o of others) {
    const count = Math.max(o.claims, [...text.slice(o.start, o.end).matchAll(DECIMAL)].length);
    seen += count;
    addUnjudged(notJudged, { reason: o.reason, count, first: read.lines.locate(o.start), aside: true });
  }
  const parsed = read.equations.filter((e) => !e.parse.skipped).length;
  const coverage = { ...report.coverage, notJudged, numbers: { ...report.coverage.numbers, seen: report.coverage.numbers.seen + seen } };
  return { ...report, equations: read.equations.length, parsed, coverage };
}

/** A claim with where it is: `key` is what its consequences' causes are matched against. */
interface Placed {
  key: object;
  claim: Claim & { offset?: number };
  at: { line: number; column: number };
  equation: number;
  mathEnd: number;
}

/** The claim in the report: id (and the root it follows from), its own fields but cause and equation, then its place. */
function placedClaim(p: Placed, id: number, causedBy: number | undefined): LocatedClaim {
  const out: Record<string, unknown> = causedBy === undefined ? { id } : { id, causedBy };
  const prose = p.equation === -1;
  for (const k of Object.keys(p.claim)) {
    if (k !== 'cause' && k !== 'equation' && !(prose && k === 'offset')) out[k] = (p.claim as unknown as Record<string, unknown>)[k];
  }
  out.line = p.at.line;
  out.column = p.at.column;
  out.equation = p.equation;
  out.mathEnd = p.mathEnd;
  return out as unknown as LocatedClaim;
}

function readings(names: Iterable<string>, table: BindingTable, net: NetworkView): NameReading[] {
  return [...names].map((name) => {
    const b = table.get(name);
    if (!b) return { name };
    if ('id' in b) return { name, quantity: b.id, means: net.nameOf(b.id), rule: b.rule, ...(b.reading ? { reading: b.reading } : {}) };
    return 'constant' in b ? { name, means: String(b.constant), rule: b.rule } : { name, refused: b.refused, rule: b.rule };
  });
}

/** For up to 20 names read as nothing: the three network names (as printed) nearest in spelling. */
function suggestNames(names: NameReading[], table: BindingTable, net: NetworkView): void {
  const own = [...table.entries()].flatMap(([key, b]) => ('id' in b && b.rule === 'engine-name' && !key.startsWith('∂') ? [[key, b.id] as const] : [])).slice(0, 5000);
  for (const n of names.filter((x) => x.quantity === undefined && x.means === undefined).slice(0, 20)) {
    const ranked = own.map(([key, id]) => [editDistance(n.name.toLowerCase(), key.toLowerCase()), id] as const).sort((a, b) => a[0] - b[0]);
    n.closest = [...new Set(ranked.slice(0, 6).map(([, id]) => net.nameOf(id)))].slice(0, 3);
  }
}


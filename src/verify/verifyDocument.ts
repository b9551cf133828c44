// `verify`: read → resolve → judge. Checks every equation of a document against a network's derivation; each claim and each skip gets its line and column.
import type { DerivationDocument } from '../emit/document.js';
import type { Claim } from './judge/claim.js';
import { judgeDocument } from './judge/judgeDocument.js';
import { VERDICTS, type Verdict } from './judge/verdict.js';
import { createNetworkView } from './network/networkView.js';
import { readDocument, type ReadOptions } from './read/readDocument.js';
import { resolveProse } from './resolve/proseSubjects.js';
import { resolveNames } from './resolve/resolveNames.js';

export type { Claim, Verdict };

export interface LocatedClaim extends Claim {
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

export interface VerifyReport {
  equations: number;
  /** Equations with at least one statement parsed. */
  parsed: number;
  claims: LocatedClaim[];
  skipped: VerifySkip[];
  counts: Record<Verdict, number>;
}

export type VerifyOptions = ReadOptions;

export function verifyDocument(text: string, doc: DerivationDocument, options: VerifyOptions = {}): VerifyReport {
  const read = readDocument(text, options);
  const net = createNetworkView(doc);
  const table = resolveNames(read, net);
  const judged = judgeDocument(read, table, resolveProse(read.prose, table, net), net);
  const claims: LocatedClaim[] = judged.claims.map((c) => {
    const e = read.equations[c.equation]!.equation;
    return { ...c, ...read.lines.locate(e.offset + c.start), equation: e.index, mathEnd: e.regionClose };
  });
  claims.push(...judged.prose.map(({ offset, ...c }) => ({ ...c, ...read.lines.locate(offset), equation: -1, mathEnd: offset })));
  claims.sort((a, b) => a.line - b.line || a.column - b.column);
  const skipped: VerifySkip[] = read.skipped.map(({ line, column, reason }) => ({ line, column, reason }));
  for (const e of read.equations) if (e.skip) skipped.push({ line: e.skip.line, column: e.skip.column, reason: e.skip.reason, latex: e.equation.latex });
  skipped.sort((a, b) => a.line - b.line || a.column - b.column);
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, claims.filter((c) => c.verdict === v).length])) as Record<Verdict, number>;
  return { equations: read.equations.length, parsed: read.equations.filter((e) => !e.parse.skipped).length, claims, skipped, counts };
}

// What verify sets aside instead of judging, and why: a stretch about something other than the network, or one
// statement's whole math region (a condition to solve, a measurement in units, a vector of another quantity).
import type { ExtractedEquation } from '../read/extractEquations.js';
import type { ReadDocument } from '../read/readDocument.js';
import type { EquationClaim } from './judgeDocument.js';

/** How the reason of a part about another example begins ("about another example: x = 4 (the network's is -2)"). */
export const ANOTHER_EXAMPLE = 'about another example';

/** A stretch of the document that is about something other than the network, and why verify thinks so. */
export interface OtherExample {
  start: number;
  end: number;
  reason: string;
  /** How many numbers and formulas of it verify had compared with the network before setting it aside. */
  claims: number;
}

/** An equation's whole math region, its delimiters too, so that masking it leaves no half-open region behind. */
export function regionAside(e: ExtractedEquation, reason: string, claims: number): OtherExample {
  return { start: e.regionOpen ?? e.offset, end: e.regionClose, reason, claims };
}

/** Statements joined by ⇒ that start from something set to 0 that is not 0 (`dL/dw = 0 ⇒ 2w − 4 = 0 ⇒ w = 2`): solving for a point, not the network's values. */
export function conditions(read: ReadDocument, claims: readonly EquationClaim[]): OtherExample[] {
  const out: OtherExample[] = [];
  read.equations.forEach((e, i) => {
    if (e.parse.skipped || !IMPLIES.test(e.equation.latex)) return;
    const zero = e.parse.chains.find((k) => k.sides.length === 2 && k.sides[1]!.source.trim() === '0');
    const mine = claims.filter((c) => c.equation === i && c.kind !== 'arithmetic');
    if (!zero || !mine.some((c) => c.start >= zero.start && c.start <= zero.end && c.verdict === 'erratum')) return;
    const reason = `a condition to solve (${zero.source.trim()} ⇒ …), not the network's values`;
    out.push(regionAside(e.equation, reason, mine.length));
  });
  return out;
}

const IMPLIES = /\\(?:Rightarrow|implies|iff|Longrightarrow|Leftrightarrow)(?![a-zA-Z])|⇒|⟹/;

/** Each math region's claims, in the order of `claims`, gathered in one pass (a filter per region was quadratic). */
export function claimsByRegion(read: ReadDocument, claims: readonly EquationClaim[]): Map<number, EquationClaim[]> {
  const byRegion = new Map<number, EquationClaim[]>();
  for (const c of claims) {
    const region = read.equations[c.equation]!.equation.region;
    (byRegion.get(region) ?? byRegion.set(region, []).get(region)!).push(c);
  }
  return byRegion;
}

/** The document with the other examples' text blanked (line breaks kept, so every position stays where it was). */
export function maskParts(source: string, others: readonly OtherExample[]): string {
  let out = '';
  let at = 0;
  for (const o of others) (out += source.slice(at, o.start) + source.slice(o.start, o.end).replace(/[^\n]/g, ' ')), (at = o.end);
  return out + source.slice(at);
}

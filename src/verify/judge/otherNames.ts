// Sections that compare nothing with the network and only write names it cannot read there (a loss example's L, y and ŷ before the network's own): set aside when the rest then reads those names.
import { documentOffset } from '../read/extractEquations.js';
import type { ReadDocument } from '../read/readDocument.js';
import { sections } from '../read/scopes.js';
import type { EquationClaim } from './judgeDocument.js';
import type { OtherExample } from './setAside.js';

/** How many such sections are tried, each with one more verification of the document. */
const MAX_TRIED = 3;

export const OTHER_NAMES = 'a section whose names mean something else: it compares nothing with the network, and without it the rest reads those names';

/**
 * Sections (of a document with headings) whose values are all for names the network does not have there, with no
 * number compared with the network and nothing called wrong: `y = [3.0, 5.0, 7.0]`, `\hat{y} = 0.9` of a loss
 * example, which leave y and L unread in the network's example after it.
 */
export function sectionsOfUnreadNames(read: ReadDocument, claims: readonly EquationClaim[]): OtherExample[] {
  const all = sections(read.text);
  if (all.length < 2) return [];
  const at = (c: EquationClaim): number => documentOffset(read.equations[c.equation]!.equation, c.start);
  return all.flatMap((s) => {
    const mine = claims.filter((c) => at(c) >= s.start && at(c) < s.end);
    const unread = mine.some((c) => c.kind === 'value' && c.verdict === 'unresolved');
    const compared = mine.some((c) => c.kind !== 'arithmetic' && c.verdict !== 'unresolved' && c.verdict !== 'not-printed');
    const flagged = mine.some((c) => c.verdict === 'erratum' || c.verdict === 'truncation');
    return unread && !compared && !flagged ? [{ ...s, reason: OTHER_NAMES, claims: 0 }] : [];
  }).slice(0, MAX_TRIED);
}

/** Whether a claim compares a number or formula with the network (not the document's own arithmetic, not unresolved). */
export const comparesWithNetwork = (c: { kind: string; verdict: string }): boolean => c.kind !== 'arithmetic' && c.verdict !== 'unresolved' && c.verdict !== 'not-printed';

/** Claims that compare a number or formula with the network. */
export function comparedWithNetwork(claims: readonly { kind: string; verdict: string }[]): number {
  return claims.filter(comparesWithNetwork).length;
}

/**
 * The candidates kept one by one: each that, set aside with those kept before it, lets the rest compare more with
 * the network. `run` verifies the document with the given parts set aside and counts what it compared.
 */
export function keepHelpful<R>(candidates: readonly OtherExample[], base: number, run: (parts: readonly OtherExample[]) => { report: R; compared: number }): { kept: OtherExample[]; report?: R } {
  const kept: OtherExample[] = [];
  let best = base;
  let report: R | undefined;
  for (const c of candidates) {
    const tried = run([...kept, c]);
    if (tried.compared <= best) continue;
    kept.push(c);
    best = tried.compared;
    report = tried.report;
  }
  return report === undefined ? { kept } : { kept, report };
}

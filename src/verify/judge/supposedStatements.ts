// Statements in a sentence that only supposes ("if f were 5, the product would be L = 5d"; "f 5 olsaydı"): another world's numbers, set aside.
import { COUNTERFACTUAL } from '../read/hedges.js';
import type { ReadDocument } from '../read/readDocument.js';
import type { ExtractedEquation } from '../read/extractEquations.js';
import type { EquationClaim } from './judgeDocument.js';
import { claimsByRegion, regionAside, type OtherExample } from './setAside.js';

/** How far the sentence around a statement is looked for, each way. */
const REACH = 240;
/** Where a sentence ends in prose: after . ! ? and a blank, at a blank line, at a list item's or a heading's start. */
const SENTENCE_END = /(?<=[.!?])\s+(?=\S)|\n[ \t]*\n|\n[ \t]*(?:[-*+]|\d+[.)]|#+)[ \t]/;

/**
 * Math regions whose statements disagree with the network, inside a sentence that supposes another value than the
 * network's (inline math), or right after the words that introduce a display with such a supposition. A statement
 * of a supposition that agrees with the network is judged as any other; one that disagrees speaks of the world
 * the page supposes, not of the network, and is neither an erratum nor steers how names are read.
 */
export function supposedStatements(read: ReadDocument, claims: readonly EquationClaim[]): OtherExample[] {
  const out: OtherExample[] = [];
  for (const mine of claimsByRegion(read, claims).values()) {
    const judged = mine.filter((c) => c.kind !== 'arithmetic');
    if (!judged.some((c) => c.verdict === 'erratum' || c.verdict === 'truncation')) continue;
    const e = read.equations[mine[0]!.equation]!.equation;
    const said = COUNTERFACTUAL.exec(sentenceOf(read.text, e))?.[0];
    if (said !== undefined) out.push(regionAside(e, `supposed in the prose ("${said.trim()}"), not the network's values`, judged.length));
  }
  return out;
}

/**
 * The prose of the sentence a math region stands in, the region itself left out (its \text{if} is a case, not a
 * supposition) and so is any other math in it; for a display, the words that introduce it (a sentence not yet ended).
 */
function sentenceOf(text: string, e: ExtractedEquation): string {
  const [start, end] = [e.regionOpen ?? e.offset, e.regionClose];
  // (a display may stand a blank line below the words that introduce it)
  const lead = text.slice(Math.max(0, start - REACH), start);
  const before = (e.display ? lead.trimEnd() : lead).split(SENTENCE_END).at(-1) ?? '';
  if (e.display) return /[.!?]$/.test(before) ? '' : withoutMath(before);
  const after = text.slice(end, end + REACH).split(SENTENCE_END)[0] ?? '';
  return withoutMath(`${before} ${after}`);
}

/** Prose with its inline math ($…$, \(…\)) blanked: a supposition is said in words. */
const withoutMath = (prose: string): string => prose.replace(/\$[^$]*\$|\\\([^]*?\\\)/g, ' ');

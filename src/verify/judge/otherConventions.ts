// A formula the prose just before it offers for another sign convention ("with the opposite sign convention:",
// "some texts write"), that holds in that convention: set aside as not about the document's own convention.
import type { ReadDocument } from '../read/readDocument.js';
import type { EquationClaim } from './judgeDocument.js';
import { claimsByRegion, regionAside, type OtherExample } from './setAside.js';

/** Words that announce a formula for another convention or another source's notation. */
const ANOTHER_CONVENTION = /\b(?:(?:sign|other|another|opposite|different|alternative)\s+conventions?|conventions?\s+(?:of|for|with|where|in which)\s|opposite\s+sign|some\s+(?:authors|texts|sources|books|courses|references)|other\s+(?:authors|texts|sources|books|courses|references)|others\s+(?:write|define|use))/i;

/** How far back the lead-in is looked for: the sentence or label that introduces a display. */
const LEAD_IN = 240;

/**
 * Math regions whose only wrong claims are formulas that hold with the opposite sign (`∂E/∂w_5 = −δ_o1 out_h1`
 * after δ_o1 was defined as ∂E/∂net_o1), right after prose that announces another sign convention. The same formula
 * without that prose is a sign slip and stays an erratum, and so does one wrong otherwise than by its sign.
 */
export function otherConventions(read: ReadDocument, claims: readonly EquationClaim[]): OtherExample[] {
  const out: OtherExample[] = [];
  const regions = new Map<number, number[]>();
  read.equations.forEach((e, i) => (regions.get(e.equation.region) ?? regions.set(e.equation.region, []).get(e.equation.region)!).push(i));
  const byRegion = claimsByRegion(read, claims);
  // (inline math inside the introducing sentence, `the step for $w_5$:`, is part of it; a display before it is not)
  let previousEnd = 0;
  for (const members of regions.values()) {
    const first = read.equations[members[0]!]!.equation;
    const start = first.regionOpen ?? first.offset;
    const leadIn = read.text.slice(Math.max(previousEnd, start - LEAD_IN), start);
    if (first.display) previousEnd = first.regionClose;
    const mine = byRegion.get(first.region) ?? [];
    const wrong = mine.filter((c) => c.verdict === 'erratum' || c.verdict === 'truncation');
    if (wrong.length === 0 || !wrong.every((c) => c.kind === 'formula' && c.slip === 'sign')) continue;
    const said = lastSentence(leadIn).match(ANOTHER_CONVENTION)?.[0];
    if (said === undefined) continue;
    out.push(regionAside(first, `a formula for another sign convention ("${said}"): it holds with the opposite sign`, mine.filter((c) => c.kind !== 'formula').length));
  }
  return out;
}

/** The last sentence of the prose before a display (the one that introduces it). */
function lastSentence(text: string): string {
  const parts = text.trimEnd().split(/(?<=[.!?])\s+(?=\S)/);
  return parts.at(-1) ?? '';
}

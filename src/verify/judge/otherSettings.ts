// A paragraph that states a training setting (η, β₁, ε, μ) with another value than the network's, where the document also states the network's: a generic algorithm's defaults or another example's settings.
import { isGivenValue, isTrainingSetting, type NetworkView } from '../network/networkView.js';
import { paragraphs, sections } from '../read/scopes.js';
import type { ProseClaim } from './claims/prose.js';
import type { EquationClaim } from './judgeDocument.js';
import type { OtherExample } from './setAside.js';

type AnyClaim = EquationClaim | ProseClaim;

interface Placed {
  offset: number;
  claim: AnyClaim;
}

const WRONG = new Set(['erratum', 'truncation']);
const RIGHT = new Set(['exact', 'rounding-propagation']);

/**
 * Paragraphs that state a setting as a plain value other than the network's (the paper's defaults α = 0.001 in a
 * box above an example run with α = 0.1), where the document states the same setting with the network's value in
 * another paragraph, and nothing computed in the paragraph agrees with the network: they are about the rule in
 * general or another example. A setting printed wrong with no other printing of it stays an erratum, and so does
 * one beside working that agrees with the network.
 */
export function otherSettings(text: string, located: readonly Placed[], plain: ReadonlySet<AnyClaim>, net: NetworkView): OtherExample[] {
  const stated = located.filter((l) => plain.has(l.claim) && isTrainingSetting(l.claim.quantity));
  const out: OtherExample[] = [];
  for (const section of sections(text)) {
    for (const p of paragraphs(text, section)) {
      const inside = (l: Placed): boolean => l.offset >= p.start && l.offset < p.end;
      const other = stated.filter((l) => inside(l) && WRONG.has(l.claim.verdict) && stated.some((r) => !inside(r) && r.claim.quantity === l.claim.quantity && RIGHT.has(r.claim.verdict)));
      if (other.length === 0) continue;
      const claims = located.filter(inside).map((l) => l.claim).filter((c) => c.kind !== 'arithmetic');
      if (claims.some((c) => RIGHT.has(c.verdict) && c.kind !== 'formula' && !isGivenValue(net, c.quantity) && !isTrainingSetting(c.quantity))) continue;
      const said = other.slice(0, 3).map((l) => `${l.claim.subject ?? '?'} = ${l.claim.printed} (the network's, printed elsewhere, is ${Number(net.exact(l.claim.quantity!).toPrecision(6))})`);
      out.push({ start: p.start, end: p.end, reason: `about the rule in general or another example: ${said.join(', ')}`, claims: claims.length });
    }
  }
  return out;
}

// A wrong given in the network's own list of givens that the working after it never uses: a slip, not another example's number.
import type { EquationClaim } from './judgeDocument.js';
import type { ProseClaim } from './claims/prose.js';

/** A claim and its offset in the document. */
export interface Located {
  offset: number;
  claim: EquationClaim | ProseClaim;
}

/**
 * A given the document's own working after it never uses, substituting the network's value instead (w_6 = 0.54 in the
 * list of weights, then 0.45 · out_{h2} in the working): a slip in the network's list, not another example's number
 * (whose working substitutes it: net_{h1} = 0.15 · 1 + … = 0.9 after i_1 = 1).
 */
export function slipInGivens(c: EquationClaim | ProseClaim, located: readonly Located[]): boolean {
  const at = located.find((l) => l.claim === c)?.offset;
  if (c.kind !== 'value' || c.quantity === undefined || at === undefined) return false;
  const later = located.filter((l) => l.offset > at && l.claim.kind === 'operand' && l.claim.quantity === c.quantity).map((l) => l.claim);
  const printed = Number(c.printed);
  return later.some((l) => l.verdict === 'exact' || l.verdict === 'rounding-propagation') && !later.some((l) => Number(l.printed) === printed);
}

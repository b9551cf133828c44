// A number printed right for a quantity stands for every quantity with the same exact value (∂J/∂b = δ = ∂J/∂z): the page's rounding of one is its rounding of the others.
import type { Claim } from './claim.js';
import { valueKey, type DocumentMemory } from './memory.js';

/**
 * The number the document printed right earlier (exact, or with rounding carried into it) for a quantity whose exact
 * value is this one's, as a value the page may carry: ∂J/∂z_1 printed −0.014 for −0.01339 (2 × the rounded −0.007),
 * then ∂J/∂b_1 = −0.014 with no numbers on its line. Undefined when none was printed.
 */
export function twinPrinted(exact: number, memory: DocumentMemory): number | undefined {
  const key = valueKey(exact);
  const claim = memory.printedRightAt(key);
  // a number called wrong for one of them (−0.1360 cut off from −0.136075) is not made right by a later line that
  // only carries it into another name
  return claim === undefined || memory.printedFlagged(key, Number(claim.printed)) ? undefined : Number(claim.printed);
}

/** Remembers a number printed for a quantity of this exact value: right (and not from a wrong number), or called wrong. */
export function rememberTwin(memory: DocumentMemory, exact: number, claim: Claim, tainted: boolean): DocumentMemory {
  const value = valueKey(exact);
  if (claim.verdict === 'erratum' || claim.verdict === 'truncation') return memory.with({ kind: 'printedFlagged', value: `${value}|${Number(claim.printed)}`, claim });
  const right = claim.verdict === 'exact' || claim.verdict === 'rounding-propagation';
  return right && !tainted && claim.cause === undefined ? memory.with({ kind: 'printedRight', value, claim }) : memory;
}

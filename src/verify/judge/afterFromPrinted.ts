// A value after the update printed with no working (E⁺ = 0.0396): the forward pass worked again from the updated weights as the page printed them, exactly and by hand at its places.
import { parseQuantityId, qid } from '../../derive/quantityRef.js';
import { runProgram } from '../../evaluate/evaluateDerivation.js';
import type { NumberPolicy, RoundingMode } from '../../evaluate/numberPolicy.js';
import type { JudgeContext } from './judgeContext.js';
import type { DocumentMemory } from './memory.js';

/**
 * What a page gets for a value after the update (out⁺, E⁺) from the updated weights it printed right, each standing
 * at its printed digits (w₁⁺ = 0.1 for 0.10002) and the others at their exact values: the pass worked exactly, and by
 * hand with every step rounded (or cut off) to `decimals` or kept to `sig` significant digits. The only numbers moved are ones the page printed, so no unprinted drift
 * of the engine's makes a digit right. Empty for any other quantity, or where no updated weight is printed right.
 */
export function afterFromPrinted(id: string, decimals: number, ctx: JudgeContext, memory: DocumentMemory, sig?: number): { rounded: number[]; truncated: number[] } {
  const none = { rounded: [], truncated: [] };
  const ref = id.startsWith('after$') ? parseQuantityId(id) : undefined;
  if (ref?.kind !== 'afterUpdate') return none;
  const d = ctx.net.doc.derivation;
  const overrides = new Map<string, number>();
  let printed = 0;
  for (const w of d.graph.trainable) {
    const u = qid.update(w);
    if (!d.quantities.has(u)) continue;
    const claim = memory.printedFor(u);
    const right = claim?.printed !== undefined && (claim.verdict === 'exact' || claim.verdict === 'rounding-propagation');
    if (right) printed++;
    overrides.set(qid.value(w), right ? Number(claim.printed) : ctx.net.exact(u));
  }
  if (printed === 0) return none;
  const program = ctx.net.doc.valuation.evaluation.program;
  const node = qid.value(ref.node);
  const pass = (policy?: NumberPolicy): number[] => {
    try {
      const x = runProgram(program, { overrides, ...(policy ? { policy } : {}) }).get(node);
      return Number.isFinite(x) ? [x] : [];
    } catch {
      // a pass that overflows proves nothing
      return [];
    }
  };
  const byHand = (rounding: RoundingMode, digits?: number): number[] => pass({ decimals, ...(digits === undefined ? {} : { sig: digits }), rounding, trimZeros: true, hand: true });
  return {
    rounded: [...pass(), ...byHand('half-up'), ...(sig === undefined ? [] : byHand('half-up', sig))],
    truncated: byHand('truncate'),
  };
}

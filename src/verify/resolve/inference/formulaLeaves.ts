// Rule formula-leaves: E = ½(desired − Predicted)² with E known tells what its formula's unknown leaves must be (desired is the target).
import { SymbolNode } from '../../../util/mathjs.js';
import type { MathChain } from '../../read/parseLatexMath.js';
import { nodeKey } from '../../read/canonicalName.js';
import { isQuantity } from '../bindingTable.js';
import type { Finding, InferenceState } from './inferenceState.js';
import { MAX_LEAVES, MAX_UNKNOWN } from './solver.js';

/**
 * For a chain whose left side the table knows: the first later side with one or two unknown names that has
 * exactly one reading of them as leaves. Undefined when the chain's left side is not known (another rule's case);
 * an empty list when it is known but nothing can be found.
 */
export function formulaLeaves(chain: MathChain, state: InferenceState): Finding[] | undefined {
  const lhs = chain.sides[0]?.node;
  const known = lhs ? nodeKey(lhs) : null;
  const subject = known === null ? undefined : state.table.get(known);
  if (!isQuantity(subject)) return undefined;
  for (const side of chain.sides.slice(1)) {
    // θ = θ − α∇J(θ), v = βv + (1 − β)g: a formula that writes its own subject on the right is an update, not a
    // definition, and holds with any term that vanishes (a target of 0): its leaves are not solved from it
    if (side.node.filter((n) => n instanceof SymbolNode && n.name === known).length > 0) continue;
    const unknown = state.solver.unknownNames(side.node);
    if (unknown.length === 0 || unknown.length > MAX_UNKNOWN || state.solver.leaves.length > MAX_LEAVES) continue;
    const assign = state.solver.solveLeaves(side.node, unknown, subject.id);
    if (assign) return [...assign].map(([alias, id]) => ({ alias, same: [id], rule: 'formula-leaves' as const }));
  }
  return [];
}

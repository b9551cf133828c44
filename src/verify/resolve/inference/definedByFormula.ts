// Rule defined-by-formula: z = w_{11} x_1 + w_{12} x_2 + b is the net of the neuron because the formula equals it everywhere, whatever the letters.
import { SymbolNode } from '../../../util/mathjs.js';
import type { MathChain } from '../../read/parseLatexMath.js';
import { BLANK_NAME, ELLIPSIS_NAME } from '../../read/canonicalName.js';
import type { Finding, InferenceState } from './inferenceState.js';
import { MAX_LEAVES, MAX_UNKNOWN } from './solver.js';

/** For a chain `name = formula = …` whose name the table does not know: the name, and any leaves its formula reads, found. */
export function definedByFormula(chain: MathChain, state: InferenceState): Finding[] {
  const lhs = chain.sides[0]?.node;
  const name = lhs instanceof SymbolNode ? lhs.name : undefined;
  if (name === undefined || state.table.has(name) || name === BLANK_NAME || name === ELLIPSIS_NAME) return [];
  for (const side of chain.sides.slice(1)) {
    const unknown = state.solver.unknownNames(side.node);
    // w = w − η ∂L/∂w is an update, not a definition of w.
    if (unknown.includes(name) || unknown.length > MAX_UNKNOWN || (unknown.length > 0 && state.solver.leaves.length > MAX_LEAVES)) continue;
    const found = state.solver.solve(side.node, unknown);
    if (!found) continue;
    return [
      { alias: name, same: found.same, rule: 'defined-by-formula' },
      ...[...found.assign].map(([alias, id]) => ({ alias, same: [id], rule: 'formula-leaves' as const })),
    ];
  }
  return [];
}

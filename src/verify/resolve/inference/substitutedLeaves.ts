// Rule formula-leaves, by the numbers written in the names' places: s_1 = w_{11} x_1 + w_{21} x_2 + b = 0.15 · 0.05 + 0.20 · 0.10 + 0.35 gives each unknown name the leaves of its number, and holds only where the formula is then one quantity everywhere.
import { SymbolNode } from '../../../util/mathjs.js';
import { readsAnySymbol, unwrapParentheses } from '../../../util/mathNodes.js';
import type { MathChain } from '../../read/parseLatexMath.js';
import { pairNames } from '../substitutedValues.js';
import type { Finding, InferenceState } from './inferenceState.js';

/** At most this many unknown names in one formula, each with at most this many leaves of its printed value. */
const MAX_NAMES = 8;
const MAX_CANDIDATES = 2;

/**
 * For a chain `name = formula = numbers …` (or `formula = numbers`) where the numbers side has the formula's shape
 * with a number in each unknown name's place: the names' leaves and, where the chain's name is unknown too, what it is.
 */
export function substitutedLeaves(chain: MathChain, state: InferenceState): Finding[] {
  for (let k = 0; k + 1 < chain.sides.length; k++) {
    const [formula, numbers] = [chain.sides[k]!, chain.sides[k + 1]!];
    if (chain.relations[k] !== '=' || readsAnySymbol(numbers.node) || numbers.numbers.length === 0) continue;
    // a formula, not a name given a value (w_0 = 0.2 says nothing of which leaf w_0 is)
    if (unwrapParentheses(formula.node) instanceof SymbolNode) continue;
    const unknown = state.solver.unknownNames(formula.node);
    if (unknown.length === 0 || unknown.length > MAX_NAMES) continue;
    const printed = pairNames(formula.node, numbers);
    if (!printed || printed.size < 2 || unknown.some((n) => !printed.has(n))) continue;
    const candidates = new Map(unknown.map((n) => [n, leavesPrinting(printed.get(n)!, state)]));
    if ([...candidates.values()].some((c) => c.length === 0 || c.length > MAX_CANDIDATES)) continue;
    const found = state.solver.solve(formula.node, unknown, (n) => candidates.get(n)!);
    if (!found) continue;
    const out: Finding[] = [...found.assign].map(([alias, id]) => ({ alias, same: [id], rule: 'formula-leaves' as const }));
    const subject = k === 1 ? chain.sides[0]!.node : undefined;
    if (subject instanceof SymbolNode && !state.table.has(subject.name) && !unknown.includes(subject.name)) out.unshift({ alias: subject.name, same: found.same, rule: 'defined-by-formula' });
    return out;
  }
  return [];
}

/**
 * The leaves (inputs, targets, parameters, η) whose value prints as the number at its decimals; none for a whole
 * number, which a step counter, an index or a count (t = 2, l = 1, m = 4) prints as often as a leaf does.
 */
function leavesPrinting(printed: { value: number; decimals: number }, state: InferenceState): string[] {
  if (printed.decimals === 0) return [];
  const tolerance = 0.5 * 10 ** -printed.decimals + 1e-12;
  return state.solver.leaves.filter((id) => {
    const v = state.net.valueOf(id);
    return v !== undefined && Math.abs(v - printed.value) <= tolerance;
  });
}

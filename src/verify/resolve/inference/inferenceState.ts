// What the inference rules share while they run: the table, the solver, and the document names found so far for each engine name.
import type { MathChain } from '../../read/parseLatexMath.js';
import type { NetworkView } from '../../network/networkView.js';
import type { BindingTable, RuleName } from '../bindingTable.js';
import { addDerivativeAliases } from './derivativeAlias.js';
import { bindDerivativesOfNames } from './derivativeOfNames.js';
import type { Solver } from './solver.js';

export interface InferenceState {
  table: BindingTable;
  net: NetworkView;
  solver: Solver;
  /** The document's chains, in order. */
  chains: readonly MathChain[];
  /** Names the document defines by a formula of names (e_1 = y_1 - t_1): their definition decides, not their index. */
  definedByFormula: ReadonlySet<string>;
  /** Engine key → the document's names for the same quantity (for ∂L/∂z once L and z are known). */
  docNames: Map<string, string[]>;
  /** The names found so far, in the order found. */
  added: string[];
  /** The derivatives the document writes (∂L/∂z), as keys. */
  derivatives: readonly string[];
}

/** A name the inference found: the quantity it is, every quantity equal to it everywhere (best first), and the rule. */
export interface Finding {
  alias: string;
  same: readonly string[];
  rule: RuleName;
}

/** Binds each finding, notes it as a document name of the engine keys of the same quantities, then adds the derivatives it makes readable. */
export function accept(state: InferenceState, found: readonly Finding[]): void {
  for (const { alias, same, rule } of found) {
    // The engine's own (non-derivative) keys of the quantity, and of any quantity equal to it everywhere
    // (E_total and E_o with one output), now also go by the document's name.
    const ids = new Set(same);
    for (const [key, id] of state.table.quantities()) {
      if (ids.has(id) && !key.startsWith('∂')) (state.docNames.get(key) ?? state.docNames.set(key, []).get(key)!).push(alias);
    }
    state.table.bind(alias, { id: same[0]!, rule });
    state.added.push(alias);
  }
  state.added.push(...bindDerivativesOfNames(state.table, state.net, state.derivatives));
  state.added.push(...addDerivativeAliases(state.table, state.docNames));
}

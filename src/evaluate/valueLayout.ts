// Values for a laid-out derivation: every quantity, every line (by hand if asked), and the values after the update.
import type { Derivation } from '../derive/deriveGraph.js';
import type { Equation } from '../derive/layout.js';
import { qid } from '../derive/quantity.js';
import { parseQuantityId } from '../derive/quantityRef.js';
import { compileDerivation, evaluateForm, runProgram, type Evaluation, type Program } from './evaluateDerivation.js';
import type { NumberPolicy } from './numberPolicy.js';

export interface Valuation {
  policy: NumberPolicy;
  /** The value a quantity prints with (hand-rounded in hand mode); after$node ids give values after the update. */
  value(id: string): number;
  /** The exact (float64) value of a quantity, whatever the policy. */
  exact(id: string): number;
  /** The value printed at the end of an equation. */
  equationValue(eq: Equation): number;
  evaluation: Evaluation;
  /** The matrix form by hand: the printed value of an entry that is a tree (printedMatrixValues.ts). */
  printedCells?: ReadonlyMap<object, number>;
}

export function valueDerivation(derivation: Derivation, policy: NumberPolicy, program?: Program): Valuation {
  const prog = program ?? compileDerivation(derivation);
  const exact = runProgram(prog);
  const primary = policy.hand ? runProgram(prog, { policy }) : exact;
  const updated = new Map<string, number>();
  for (const w of derivation.graph.trainable) {
    if (derivation.quantities.has(qid.update(w))) updated.set(qid.value(w), primary.get(qid.update(w)));
  }
  let after: Evaluation | undefined;
  const afterValue = (node: string): number => {
    after ??= runProgram(prog, { overrides: updated, policy: policy.hand ? policy : undefined });
    return after.get(qid.value(node));
  };
  const lineValues = new Map<Equation, number>();
  const afterNode = (id: string): string | undefined => {
    const ref = id.startsWith('after$') ? parseQuantityId(id) : undefined;
    return ref?.kind === 'afterUpdate' ? ref.node : undefined;
  };
  const value = (id: string): number => {
    const node = afterNode(id);
    return node === undefined ? primary.get(id) : afterValue(node);
  };
  return {
    policy,
    value,
    exact: (id) => {
      const node = afterNode(id);
      return node === undefined ? exact.get(id) : afterValue(node);
    },
    evaluation: primary,
    equationValue(eq) {
      let v = lineValues.get(eq);
      if (v === undefined) {
        v = policy.hand && eq.numeric ? evaluateForm(eq.numeric, primary, policy) : value(eq.lhs);
        lineValues.set(eq, v);
      }
      return v;
    },
  };
}

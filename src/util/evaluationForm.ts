// An evaluation-only twin of a printed formula: the slide form (σ' = out(1 − out)) stays what is printed, while the
// closure evaluator computes the twin (σ(net)σ(−net)), which keeps full relative precision where 1 − out cancels.
import type { MathNode } from 'mathjs';

const twins = new WeakMap<MathNode, MathNode>();

/** Marks `printed` to be evaluated as `evaluated` (equal in exact arithmetic). Returns `printed`. */
export function withEvaluationForm(printed: MathNode, evaluated: MathNode): MathNode {
  twins.set(printed, evaluated);
  return printed;
}

/** The twin to evaluate in place of `node`, if it has one. */
export function evaluationFormOf(node: MathNode): MathNode | undefined {
  return twins.get(node);
}

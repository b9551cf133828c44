// Evaluation-only twins: a tree prints in its slide form (σ' = out(1 − out)) and is evaluated as a form of the same
// value that keeps its digits (σ(net)σ(−net)); every evaluator (closures, generated code, --exact) reads the twin.
import type { MathNode } from './mathjs.js';

type Twinned = MathNode & { evaluateAs?: MathNode };

/** `printed`, marked to be evaluated as `evaluated` (equal in exact arithmetic; printing never sees it). */
export function withTwin(printed: MathNode, evaluated: MathNode): MathNode {
  (printed as Twinned).evaluateAs = evaluated;
  return printed;
}

/** The tree an evaluator computes instead of `node`, if it has one. */
export function twinOf(node: MathNode): MathNode | undefined {
  return (node as Twinned).evaluateAs;
}

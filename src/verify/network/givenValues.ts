// The numbers a network file gives (inputs, targets, parameters, learning rate, optimizer constants): printed as they are, never rounded.
import type { Graph } from '../../graph/types.js';
import { OPTIMIZER_CONSTANTS, qid } from '../../derive/quantityRef.js';

/**
 * The numbers the file gives: inputs, targets, parameters, and the learning rate and the optimizer's constants (except
 * the step counter), each printed as it is, not rounded from an unknown value (2 − 0.1 · 4 is 1.6 exactly).
 */
export function givenValuesOf(graph: Graph, valueOf: (id: string) => number | undefined): Set<number> {
  const values = new Set([...graph.nodes.values()].flatMap((n) => (n.value === undefined ? [] : [Math.abs(n.value)])));
  // (a constant this file's optimizer does not have has no value)
  for (const id of [qid.eta, ...OPTIMIZER_CONSTANTS.filter((c) => c !== 't').map((c) => qid.optimizerConstant(c))]) {
    const x = valueOf(id);
    if (x !== undefined) values.add(Math.abs(x));
  }
  return values;
}

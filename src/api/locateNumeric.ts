// Gives a NaN or infinity of a derivation its file position, and says when it arose in the pass after the update.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { nodeOfRef, parseQuantityId } from '../derive/quantityRef.js';
import type { Valuation } from '../evaluate/valueLayout.js';
import type { Graph } from '../graph/types.js';
import { NumericError } from '../util/errors.js';

/** A NaN or infinity names the node; this adds where the node is written in the file. */
export function locateNumericError<T>(def: NetworkDefinition, graph: Graph, run: () => T): T {
  try {
    return run();
  } catch (err) {
    const ref = err instanceof NumericError && err.quantity !== undefined ? parseQuantityId(err.quantity) : undefined;
    const node = ref ? nodeOfRef(ref) : undefined;
    const source = node !== undefined ? graph.nodes.get(node)?.source : undefined;
    if (err instanceof NumericError) err.location = def.locate(source ?? []);
    throw err;
  }
}

/**
 * The values after the update are computed only when a line prints them, after the first pass has passed its
 * checks: an overflow there (w^400 once w has grown) is named as that pass's, with the node's position.
 */
export function locateAfterUpdate(def: NetworkDefinition, graph: Graph, valuation: Valuation): Valuation {
  const located = <A extends unknown[]>(f: (...args: A) => number) => (...args: A): number => {
    try {
      return f(...args);
    } catch (err) {
      if (err instanceof NumericError && !err.location) err.message = `in the pass after the update (the parameters at w⁺), ${err.message}`;
      return locateNumericError(def, graph, () => { throw err; });
    }
  };
  return { ...valuation, value: located(valuation.value), exact: located(valuation.exact), equationValue: located(valuation.equationValue) };
}

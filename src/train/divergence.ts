// Stops a training run at its first non-finite number: which epoch, which quantity, and where the file defines it.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import type { Graph } from '../graph/types.js';
import { DivergenceError } from '../util/errors.js';

/** The index of the first non-finite entry, or −1. */
export function firstNonFinite(xs: ArrayLike<number>): number {
  for (let i = 0; i < xs.length; i++) if (!Number.isFinite(xs[i]!)) return i;
  return -1;
}

const ADVICE = 'a smaller learning rate keeps it finite; --sweep-lr compares rates';

/**
 * Throws when the forward and backward pass at epoch `epoch` (the state after that many updates) gave a
 * non-finite loss, output or gradient. `names` are the run's parameter and output ids and the loss id.
 */
export function checkPass(epoch: number, loss: number, outs: Float64Array, g: Float64Array, names: { params: string[]; outputs: string[]; loss: string }): void {
  // the outputs before the loss: an output that overflows makes the loss overflow, not the other way round
  const o = firstNonFinite(outs);
  if (o >= 0) throw diverged(epoch, `the output ${names.outputs[o]} is ${outs[o]}`, names.outputs[o]!);
  if (!Number.isFinite(loss)) throw diverged(epoch, `the loss ${names.loss} is ${loss}`, names.loss);
  const i = firstNonFinite(g);
  if (i >= 0) throw diverged(epoch, `∂E/∂${names.params[i]} is ${g[i]}`, names.params[i]!);
}

/** Throws when update `step` left a parameter non-finite. */
export function checkUpdate(step: number, w: Float64Array, params: string[]): void {
  const i = firstNonFinite(w);
  if (i >= 0) throw diverged(step, `${params[i]} after update ${step} is ${w[i]}`, params[i]!);
}

function diverged(epoch: number, what: string, node: string): DivergenceError {
  return new DivergenceError(`training diverged at epoch ${epoch}: ${what} (${ADVICE})`, node);
}

/** Adds the file position of the node that overflowed (the parameter's value, the output's neuron, the loss). */
export function locateDivergence<T>(def: NetworkDefinition, graph: Graph, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof DivergenceError) err.location = def.locate(graph.nodes.get(err.node)?.source ?? []);
    throw err;
  }
}

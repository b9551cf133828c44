// Files without targets: where the backward pass starts (output_gradient, default 1 for a single output) or none.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { InputError } from '../util/errors.js';

/** The root node and its seed gradient; no seed means the forward pass only. */
export interface OutputSeed {
  root: string;
  seed?: number;
}

/** A layered network without targets: backward from the one output named in output_gradient (or the only output). */
export function networkSeed(def: NetworkDefinition, outputs: string[]): OutputSeed {
  const given = def.spec.output_gradient;
  if (!given) return outputs.length === 1 ? { root: `out_${outputs[0]!}`, seed: 1 } : { root: `out_${outputs.at(-1)!}` };
  const [unit, seed] = onlyEntry(def, given);
  if (!outputs.includes(unit)) throw new InputError(`output_gradient names '${unit}', which is not an output neuron (outputs: ${outputs.join(', ')})`, def.locate(['output_gradient', unit]));
  return { root: `out_${unit}`, seed };
}

/** A graph file: output_gradient names the output node (the last node unless `output` says otherwise). */
export function graphSeed(def: NetworkDefinition, root: string): number | undefined {
  const given = def.spec.output_gradient;
  if (!given) return undefined;
  const [node, seed] = onlyEntry(def, given);
  if (node !== root) throw new InputError(`output_gradient names '${node}', but the graph's output is '${root}' (set output: ${node})`, def.locate(['output_gradient', node]));
  return seed;
}

function onlyEntry(def: NetworkDefinition, given: Record<string, number>): [string, number] {
  const entries = Object.entries(given);
  if (entries.length !== 1) throw new InputError('output_gradient names one output and its gradient, e.g. { f: 1 }', def.locate(['output_gradient']));
  return entries[0]!;
}

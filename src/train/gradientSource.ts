// The one interface training needs, (values) → {loss, gradient, outputs}, built from the library's derivation.
import type { Derivation } from '../derive/deriveGraph.js';
import { qid } from '../derive/quantity.js';
import { compileDerivation } from '../evaluate/evaluateDerivation.js';

export interface GradientSource {
  /** Trainable parameters, in file order. */
  params: string[];
  /** Their values in the file. */
  initial: Float64Array;
  /** Nodes reported as the network's outputs (out_o1, …; for graphs, what the loss terms read). */
  outputs: string[];
  /** Writes ∂E/∂p into `gradient` and the outputs into `outputs`; returns the loss. */
  run(values: Float64Array, gradient: Float64Array, outputs: Float64Array): number;
}

/** Output nodes: the last layer's activations, or the non-target parents of the loss (terms). */
export function outputNodes(derivation: Derivation): string[] {
  const g = derivation.graph;
  const last = g.layers.at(-1);
  if (g.kind === 'network' && last) return last.map((u) => `out_${u}`);
  const root = g.nodes.get(g.root)!;
  const readers = root.parents.flatMap((p) => (g.nodes.get(p)!.kind === 'lossTerm' ? g.nodes.get(p)!.parents : [p]));
  const outs = readers.filter((p) => { const k = g.nodes.get(p)!.kind; return k !== 'target' && k !== 'input' && k !== 'param'; });
  return [...new Set(outs.length ? outs : [g.root])];
}

/** The library's closures (compileDerivation), run over one reused slot array: correct for every file. */
export function createLibraryGradient(derivation: Derivation): GradientSource {
  const program = compileDerivation(derivation);
  const slot = (id: string): number => {
    const i = program.slotOf.get(id);
    if (i === undefined) throw new Error(`the derivation has no quantity ${id}`);
    return i;
  };
  const params = [...derivation.graph.trainable];
  const paramSlots = params.map((p) => slot(qid.value(p)));
  const gradSlots = params.map((p) => slot(qid.adjoint(p)));
  const outputs = outputNodes(derivation);
  const outSlots = outputs.map((n) => slot(qid.value(n)));
  const lossSlot = slot(qid.value(derivation.graph.root));
  const slots = Float64Array.from(program.leaves);
  const steps = program.steps;
  return {
    params,
    initial: Float64Array.from(paramSlots, (s) => program.leaves[s]!),
    outputs,
    run(values, gradient, outs) {
      for (let i = 0; i < paramSlots.length; i++) slots[paramSlots[i]!] = values[i]!;
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        if (step) slots[i] = step(slots);
      }
      for (let i = 0; i < gradSlots.length; i++) gradient[i] = slots[gradSlots[i]!]!;
      for (let i = 0; i < outSlots.length; i++) outs[i] = slots[outSlots[i]!]!;
      return slots[lossSlot]!;
    },
  };
}

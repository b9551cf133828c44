// Gradient descent (or the file's optimizer) for N rounds from the compiled derivation: each round's weights, outputs and gradients.
import type { Derivation } from '../derive/deriveGraph.js';
import { qid } from '../derive/quantity.js';
import { runProgram, type Program } from './evaluateDerivation.js';
import type { NumberPolicy } from './numberPolicy.js';

export interface Round {
  /** 1-based: the state after this many updates. */
  round: number;
  /** Trainable parameters after the update. */
  params: Record<string, number>;
  /** The reported nodes (outputs and the loss) at those parameters. */
  values: Record<string, number>;
  /** The gradients at those parameters (what the next round uses). */
  gradients: Record<string, number>;
}

/** The nodes a round reports: a network's outputs and loss; a graph's root and the computed nodes it reads. */
export function reportedNodes(d: Derivation): string[] {
  const g = d.graph;
  if (g.kind === 'network') return [...g.layers.at(-1)!.map((u) => `out_${u}`), g.root];
  const parents = g.nodes.get(g.root)!.parents.filter((p) => g.nodes.get(p)!.kind === 'expr');
  return [...parents, g.root];
}

/**
 * Every update from the weights of the round before (simultaneous), as the tutorials describe it; under the file's
 * optimizer each round also starts from the state the round before left (m, v, velocity) and counts t on.
 */
export function iterate(d: Derivation, program: Program, rounds: number, policy?: NumberPolicy, shown: string[] = reportedNodes(d)): Round[] {
  const params = d.graph.trainable.filter((w) => d.quantities.has(qid.update(w)));
  const leaf = (id: string): number => program.leaves[program.slotOf.get(id)!]!;
  const current = new Map(params.map((w) => [qid.value(w), leaf(qid.value(w))]));
  const carry = d.optimizer?.carry ?? [];
  const counter = d.optimizer?.counter;
  let ev = runProgram(program, { overrides: current, policy });
  const out: Round[] = [];
  for (let r = 1; r <= rounds; r++) {
    for (const w of params) current.set(qid.value(w), ev.get(qid.update(w)));
    for (const [before, after] of carry) current.set(before, ev.get(after));
    if (counter) current.set(counter, leaf(counter) + r);
    ev = runProgram(program, { overrides: current, policy });
    out.push({
      round: r,
      params: Object.fromEntries(params.map((w) => [w, ev.get(qid.value(w))])),
      values: Object.fromEntries(shown.map((n) => [n, ev.get(qid.value(n))])),
      gradients: Object.fromEntries(params.map((w) => [w, ev.get(qid.adjoint(w))])),
    });
  }
  return out;
}

/** One update of online or mini-batch SGD (derive --iterations N --batch-size B): its batch, each example's pass, the update. */
export interface MiniBatchStep {
  /** 1-based step and epoch. */
  step: number;
  epoch: number;
  /** How the batch's gradients combine (the file's `batch:`). */
  combine: 'mean' | 'sum';
  /** Each example of the batch (1-based, in the order used) at the parameters before the step. */
  examples: { example: number; values: Record<string, number>; loss: number; gradients: Record<string, number> }[];
  /** Parameters before the step, the batch's gradient, and the parameters after w⁺ = w − η·g. */
  before: Record<string, number>;
  gradients: Record<string, number>;
  after: Record<string, number>;
}

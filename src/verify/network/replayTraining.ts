// Replays gradient-descent rounds on the derivation, as the text describes them or with later layers updated first, for claims made "after N rounds".
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { SymbolNode } from '../../util/mathjs.js';
import { runProgram, type Evaluation, type Program } from '../../evaluate/evaluateDerivation.js';
import { parseQuantityId, qid } from '../../derive/quantityRef.js';
import { optimizerStepper, type Trained } from './optimizerStepper.js';

/**
 * text: every weight updated from the same forward and backward pass (the algorithm the slides describe).
 * sequential: the last layer's weights updated first, and the earlier layers' gradients computed with them
 * (Mazur's first code): an updated weight used too early.
 */
export type UpdateOrder = 'text' | 'sequential';

/** The most slot evaluations a replay may cost (quantities × rounds); past it the claim is not replayed. */
export const MAX_REPLAY_WORK = 50_000_000;

export interface Replay {
  /** The value of a quantity after `rounds` updates, or undefined when that replay would cost too much. */
  value(id: string, rounds: number, order: UpdateOrder): number | undefined;
  /** Whether the rounds follow the file's optimizer (Adam, momentum…) rather than the derivation's own update. */
  ownRule: boolean;
}

export function createReplay(doc: DerivationDocument): Replay {
  const program = doc.valuation.evaluation.program;
  const groups = layerGroups(doc);
  const states = new Map<UpdateOrder, Map<number, Map<string, number>>>();
  const step = (weights: Map<string, number>, order: UpdateOrder): Map<string, number> => {
    const next = new Map(weights);
    if (order === 'text') {
      const run = runProgram(program, { overrides: weights });
      for (const ws of groups) for (const w of ws) next.set(qid.value(w), run.get(qid.update(w)));
      return next;
    }
    const early = new Map<string, number>();
    for (const ws of groups) {
      const run = runWithEarlyWeights(program, weights, early);
      for (const w of ws) early.set(qid.value(w), run.get(qid.update(w)));
    }
    for (const [w, x] of early) next.set(w, x);
    return next;
  };
  const weightsAfter = (rounds: number, order: UpdateOrder): Map<string, number> => {
    if (!states.has(order)) states.set(order, new Map([[0, new Map()]]));
    const known = states.get(order)!;
    const from = Math.max(...[...known.keys()].filter((n) => n <= rounds));
    let weights = known.get(from)!;
    for (let n = from; n < rounds; n++) weights = step(weights, order);
    known.set(rounds, weights);
    return weights;
  };
  const stepper = optimizerStepper(doc, groups.flat());
  const trained: Trained[] = [];
  const withRule = (rounds: number): Trained => {
    if (trained.length === 0) trained.push(stepper!.start());
    while (trained.length <= rounds) {
      const at = trained[trained.length - 1]!;
      const run = runProgram(program, { overrides: stepper!.overrides(at) });
      trained.push(stepper!.step(at, (w) => run.get(qid.adjoint(w))));
    }
    return trained[rounds]!;
  };
  const runs = new Map<string, Evaluation>();
  return {
    ownRule: stepper !== undefined,
    value(id, rounds, order) {
      if (!program.slotOf.has(id) || rounds < 0 || program.ids.length * rounds * groups.length > MAX_REPLAY_WORK) return undefined;
      // the file's optimizer (Adam, momentum) replays in the order the slides describe only
      if (stepper && order !== 'text') return undefined;
      if (stepper) {
        const key = `rule/${rounds}`;
        if (!runs.has(key)) runs.set(key, runProgram(program, { overrides: stepper.overrides(withRule(rounds)) }));
        return runs.get(key)!.get(id);
      }
      const key = `${order}/${rounds}`;
      if (!runs.has(key)) runs.set(key, runProgram(program, { overrides: weightsAfter(rounds, order) }));
      return runs.get(key)!.get(id);
    },
  };
}

/**
 * One pass in which `early` weights are already updated where the backward pass reads them as a local partial
 * (∂net_o1/∂out_h1 = w5, so δ_h1 = Σ δ_o · w⁺) while the forward pass and every other use keep `weights`.
 */
export function runWithEarlyWeights(program: Program, weights: ReadonlyMap<string, number>, early: ReadonlyMap<string, number>): Evaluation {
  const base = runProgram(program, { overrides: weights });
  if (early.size === 0) return base;
  const slots = base.slots;
  for (let i = 0; i < program.steps.length; i++) {
    const step = program.steps[i];
    if (!step) continue;
    const def = program.derivation.quantities.get(program.ids[i]!)!.def;
    const pinned = parseQuantityId(program.ids[i]!)?.kind === 'partial' && def instanceof SymbolNode ? early.get(def.name) : undefined;
    slots[i] = pinned ?? step(slots);
  }
  return base;
}

/** Trainable parameters with an update, grouped by the layer of the node they feed, the last layer first. */
export function layerGroups(doc: DerivationDocument): string[][] {
  const g = doc.derivation.graph;
  const byLayer = new Map<number, string[]>();
  for (const w of g.trainable) {
    if (!doc.derivation.quantities.has(qid.update(w))) continue;
    const layer = Math.max(-1, ...(g.children.get(w) ?? []).map((c) => g.nodes.get(c)?.layer ?? -1));
    // (pushed, not copied: a copy per parameter is quadratic, 33 s for the 79,510 of a 784-100-10 network)
    (byLayer.get(layer) ?? byLayer.set(layer, []).get(layer)!).push(w);
  }
  return [...byLayer].sort((a, b) => b[0] - a[0]).map(([, ws]) => ws);
}

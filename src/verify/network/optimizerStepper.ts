// The network's own update rule for verify's replays: a network file with `optimizer: {type: adam, …}` is checked
// against Adam's steps (θ⁺ = θ − α m̂/(√v̂ + ε)), not against the plain gradient-descent update its derivation prints.
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { optimizerFromSpec } from '../../train/optimizerConfig.js';
import { takeStep } from '../../train/optimizers/index.js';
import { qid } from '../../derive/quantityRef.js';

/** Weights by value id (v$w) and the rule's state after some steps. */
export interface Trained {
  weights: Map<string, number>;
  state: Float64Array[];
  steps: number;
}

export interface Stepper {
  start(): Trained;
  /** One step from `at`, with the gradients ∂E/∂w at those weights. */
  step(at: Trained, gradient: (param: string) => number): Trained;
}

/** The rule's stepper, or undefined where the rule is plain gradient descent (the derivation's own update). */
export function optimizerStepper(doc: DerivationDocument, params: readonly string[]): Stepper | undefined {
  const graph = doc.derivation.graph;
  const spec = graph.optimizer;
  if (!spec || (spec.type === 'sgd' && !spec.weight_decay)) return undefined;
  const { optimizer, settings, initialState, startT } = optimizerFromSpec(spec, params, graph.learningRate);
  const value = (w: string): number => doc.valuation.exact(qid.value(w));
  return {
    start: () => ({ weights: new Map(), state: initialState.map((a) => Float64Array.from(a)), steps: 0 }),
    step(at, gradient) {
      const w = Float64Array.from(params, (p) => at.weights.get(qid.value(p)) ?? value(p));
      const g = Float64Array.from(params, gradient);
      const state = at.state.map((a) => Float64Array.from(a));
      takeStep(optimizer, w, g, state, startT + at.steps + 1, settings, new Float64Array(params.length));
      return { weights: new Map(params.map((p, i) => [qid.value(p), w[i]!])), state, steps: at.steps + 1 };
    },
  };
}

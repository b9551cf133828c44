// The network's own update rule for verify's replays: a network file with `optimizer: {type: adam, …}` is checked
// against Adam's steps (θ⁺ = θ − α m̂/(√v̂ + ε)), replayed by train's rules beyond the one step its derivation prints.
// The rules themselves (train/) are handed in by optimizerRules.ts, so a verify of a plain network never loads them.
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import type { Graph } from '../../graph/types.js';
import type { optimizerFromSpec } from '../../train/optimizerConfig.js';
import type { takeStep } from '../../train/optimizers/index.js';
import { OPTIMIZER_STATE_KEYS, parseQuantityId, qid, type OptimizerStateKey } from '../../derive/quantityRef.js';
import type { Derivation } from '../../derive/deriveGraph.js';
import { isPlainDescent } from '../../definition/optimizerSettings.js';

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
  /** What a run of the derivation takes at `at`: the weights, the state before the step it prints, and its step count t. */
  overrides(at: Trained): Map<string, number>;
}

/** What the replay needs from train/: the rule a file's `optimizer:` names, and one step of it. */
export interface OptimizerRules {
  optimizerFromSpec: typeof optimizerFromSpec;
  takeStep: typeof takeStep;
}

let rules: OptimizerRules | undefined;

/** Makes the update rules available to every later verify (api.ts does it on import; the CLI before a run that needs them); returns the ones before. */
export function provideOptimizerRules(given: OptimizerRules | undefined): OptimizerRules | undefined {
  const before = rules;
  rules = given;
  return before;
}

/** Whether a network's updates follow a rule other than plain gradient descent. */
export function hasOwnOptimizer(graph: Graph): boolean {
  return !isPlainDescent(graph.optimizer);
}

/**
 * The optimizer's state and constants (m, v̂, β₁, t), and an update over them: quantities of the derivation that
 * engine-name does not bind (a page's t counts steps, its m_t is any step's: rule optimizer-state reads the state where
 * the page says the step). Their formulas are paired with a page's numbers like any other (0.9 · 0 + 0.1 · 10 for
 * β₁ m₀ + (1 − β₁) g, in any order of terms and factors), where a name binds them.
 */
export function isOptimizerStep(d: Derivation, id: string): boolean {
  const kind = d.optimizer ? parseQuantityId(id)?.kind : undefined;
  return kind === 'optimizerState' || kind === 'optimizerConstant' || kind === 'update';
}

/**
 * A name of the optimizer's state at the page's step t (m_t), bound to the derivation's own step: it means the state
 * of the step its table row or paragraph says (its rounds), and nothing where none says it. A numbered step (m_2) is
 * bound pinned, as trained$k$os$…, never bare. So is the step counter t: its value is the step the page says.
 */
export function needsItsStep(id: string): boolean {
  // the step counter t too: t = 0 of pseudo-code or of a page's start is the counter before any step
  return id.startsWith('os$') || id === qid.optimizerConstant('t');
}

/** The rule's stepper, or undefined where the rule is plain gradient descent (the derivation's own update). */
export function optimizerStepper(doc: DerivationDocument, params: readonly string[]): Stepper | undefined {
  const graph = doc.derivation.graph;
  if (!hasOwnOptimizer(graph)) return undefined;
  // checking Adam's numbers against plain steps would raise false errata on every update: refuse instead
  if (!rules) throw new Error(`verify: the network's optimizer (${graph.optimizer!.type}) needs its update rules; call loadOptimizerRules() from the API first`);
  const { takeStep } = rules;
  const { optimizer, settings, initialState, startT } = rules.optimizerFromSpec(graph.optimizer!, params, graph.learningRate);
  const value = (w: string): number => doc.valuation.exact(qid.value(w));
  const keys = optimizer.state.map((slot) => slot.key).filter(isStateKey);
  return {
    start: () => ({ weights: new Map(), state: initialState.map((a) => Float64Array.from(a)), steps: 0 }),
    step(at, gradient) {
      const w = Float64Array.from(params, (p) => at.weights.get(qid.value(p)) ?? value(p));
      const g = Float64Array.from(params, gradient);
      const state = at.state.map((a) => Float64Array.from(a));
      takeStep(optimizer, w, g, state, startT + at.steps + 1, settings, new Float64Array(params.length));
      return { weights: new Map(params.map((p, i) => [qid.value(p), w[i]!])), state, steps: at.steps + 1 };
    },
    // the derivation prints step startT + 1 from the state os$key$startT$w: after k rounds, that state is the k-th
    overrides(at) {
      const out = new Map(at.weights);
      keys.forEach((key, slot) => params.forEach((p, i) => out.set(qid.optimizerState(key, startT, p), at.state[slot]![i]!)));
      out.set(qid.optimizerConstant('t'), startT + at.steps + 1);
      return out;
    },
  };
}

const isStateKey = (key: string): key is OptimizerStateKey => (OPTIMIZER_STATE_KEYS as readonly string[]).includes(key);

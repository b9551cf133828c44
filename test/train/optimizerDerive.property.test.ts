// Oracle test: derive's update under the file's optimizer (every rule and option) is one step of train's rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/loadDefinition.js';
import { OPTIMIZER_TYPES } from '../../src/definition/optimizerSpec.js';
import { STATE_KEYS } from '../../src/definition/optimizerSettings.js';
import { derive } from '../../src/api/derivation.js';
import { qid } from '../../src/derive/quantityRef.js';
import { runProgram } from '../../src/evaluate/evaluateDerivation.js';
import { iterate } from '../../src/evaluate/iterate.js';
import { optimizerFromSpec } from '../../src/train/optimizerConfig.js';
import { takeStep } from '../../src/train/optimizers/index.js';

const unit = fc.integer({ min: 1, max: 999 }).map((k) => k / 1000);
const value = fc.integer({ min: -2000, max: 2000 }).map((k) => k / 1000 + 0.0007);
const optimizerArb = fc.record({
  type: fc.constantFrom(...OPTIMIZER_TYPES),
  lr: unit,
  momentum: unit,
  dampening: fc.oneof(fc.constant(undefined), fc.constant('mu'), unit),
  beta: unit,
  beta1: unit,
  beta2: unit,
  eps: fc.constantFrom(1e-8, 1e-4, 0.01, 0.5),
  eps_placement: fc.constantFrom('inside', 'outside'),
  eta_placement: fc.constantFrom('inside', 'outside'),
  weight_decay: fc.oneof(fc.constant(0), unit),
  t: fc.integer({ min: 0, max: 6 }),
  withState: fc.boolean(),
});
const netArb = fc.record({ hidden: fc.integer({ min: 1, max: 3 }), outputs: fc.integer({ min: 1, max: 2 }), values: fc.array(value, { minLength: 40, maxLength: 40 }), optimizer: optimizerArb });
type Drawn = typeof netArb extends fc.Arbitrary<infer T> ? T : never;

/** Two inputs, one sigmoid hidden layer, linear outputs, half SSE; the drawn optimizer with its state for every parameter. */
function buildSpec(n: Drawn): object {
  let k = 0;
  const next = (): number => n.values[k++ % n.values.length]!;
  const parameters: Record<string, number> = {};
  const param = (name: string): string => {
    parameters[name] = next();
    return name;
  };
  const layer = (units: string[], previous: string[], activation: string) => ({
    activation,
    neurons: Object.fromEntries(units.map((u) => [u, { weights: Object.fromEntries(previous.map((p) => [param(`w_${u}_${p}`), p])), bias: param(`b_${u}`) }])),
  });
  const hidden = Array.from({ length: n.hidden }, (_, i) => `h${i + 1}`);
  const outputs = Array.from({ length: n.outputs }, (_, i) => `o${i + 1}`);
  const layers = [layer(hidden, ['x1', 'x2'], 'sigmoid'), layer(outputs, hidden, 'linear')];
  const o = n.optimizer;
  const state = o.withState ? Object.fromEntries(STATE_KEYS[o.type].map((key) => [key, Object.fromEntries(Object.keys(parameters).map((p) => [p, Math.abs(next())]))])) : undefined;
  const dampening = o.type !== 'momentum' || o.dampening === undefined ? undefined : o.dampening === 'mu' ? o.momentum : o.dampening;
  const optimizer = { ...o, withState: undefined, dampening, ...(state ? { state } : {}) };
  return { inputs: { x1: next(), x2: next() }, targets: Object.fromEntries(outputs.map((u) => [u, next()])), parameters, layers, loss: 'half-sse', learning_rate: 0.1, optimizer };
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

/** derive's document of the drawn network, train's configured rule for it, and its initial weights. */
function setUp(n: Drawn) {
  const doc = derive(parseDefinition(JSON.stringify(buildSpec(n)), 'random.json'));
  const d = doc.derivation;
  const params = d.graph.trainable;
  const configured = optimizerFromSpec(d.graph.optimizer!, params, d.graph.learningRate);
  const w = Float64Array.from(params, (p) => doc.valuation.exact(qid.value(p)));
  const at = (weights: Float64Array) => runProgram(doc.valuation.evaluation.program, { overrides: new Map(params.map((p, i) => [qid.value(p), weights[i]!])) });
  return { doc, d, params, w, at, ...configured };
}

describe("derive under the file's optimizer", () => {
  it('prints as w⁺ one step of train\'s rule from the initial state, and the loss at those weights after the update', () => {
    fc.assert(
      fc.property(netArb, (n) => {
        const { doc, d, params, w, at, optimizer, settings, initialState, startT } = setUp(n);
        const g = Float64Array.from(params, (p) => doc.valuation.exact(qid.adjoint(p)));
        takeStep(optimizer, w, g, initialState, startT + 1, settings, new Float64Array(params.length));
        params.forEach((p, i) => expect(close(doc.valuation.exact(qid.update(p)), w[i]!), `${p}: ${doc.valuation.exact(qid.update(p))} vs ${w[i]}`).toBe(true));
        expect(close(doc.valuation.exact(qid.afterUpdate(d.graph.root)), at(w).get(qid.value(d.graph.root)))).toBe(true);
        // a plain rule keeps the plain update; any other prints its state first
        expect(d.optimizer === undefined).toBe(optimizer.id === 'sgd' && settings.weightDecay === 0);
      }),
      { numRuns: 150, seed: 9 },
    );
  });

  it('--iterations carries the state and t from round to round, as train does', () => {
    fc.assert(
      fc.property(netArb, (n) => {
        const { doc, d, params, w, at, optimizer, settings, initialState, startT } = setUp(n);
        const rounds = iterate(d, doc.valuation.evaluation.program, 3);
        for (let r = 0; r < 3; r++) {
          const run = at(w);
          const g = Float64Array.from(params, (p) => run.get(qid.adjoint(p)));
          takeStep(optimizer, w, g, initialState, startT + r + 1, settings, new Float64Array(params.length));
          params.forEach((p, i) => expect(Math.abs(rounds[r]!.params[p]! - w[i]!)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(w[i]!))));
        }
      }),
      { numRuns: 100, seed: 10 },
    );
  });
});

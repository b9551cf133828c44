// The file's optimizer as quantities: the state of its first step (velocity, cache, m, v, m̂, v̂, g̃) and the update over it.
import type { Graph } from '../graph/types.js';
import { isPlainDescent, settingsOf, STATE_KEYS, usesL2, type OptimizerSettings } from '../definition/optimizerSettings.js';
import { fn, num, op, type MathNode } from '../util/mathNodes.js';
import type { QuantityKind } from './quantity.js';
import { qid, type OptimizerConstant, type OptimizerStateKey } from './quantityRef.js';

/** What the derivation keeps of the optimizer's step, for the layout and for further steps (derive --iterations). */
export interface OptimizerStep {
  /** Parameter → the ids of its state lines, in the order they print (before its update). */
  lines: Map<string, string[]>;
  /** [state before the step, the same state after it]: what another step starts from. */
  carry: [string, string][];
  /** The id of t, the step's number, where the rule reads it (Adam's bias correction). */
  counter?: string;
}

export type Put = (id: string, kind: QuantityKind, def: MathNode | undefined, value: number | undefined, node?: string) => MathNode;

/** One parameter's step: its value w, gradient g, the learning rate, and the rule's state and constants. */
interface StepContext {
  w: MathNode;
  g: MathNode;
  eta: MathNode;
  s: OptimizerSettings;
  c(name: OptimizerConstant): MathNode;
  /** The state before the step (the file's, else 0). */
  before(key: OptimizerStateKey): MathNode;
  /** A state line after the step, printed before the update. */
  after(key: OptimizerStateKey, def: MathNode): MathNode;
}

export interface OptimizerRule {
  /** The update of parameter w (value symbol `value`, gradient symbol `g`), adding its state quantities first. */
  update(w: string, value: MathNode, g: MathNode): MathNode;
  step: OptimizerStep;
}

const one = num(1);
const times = (a: MathNode, b: MathNode): MathNode => op('*', a, b);
const square = (g: MathNode): MathNode => op('^', g, num(2));
/** √(x + ε), or √x + ε with ε outside. */
const root = (x: MathNode, c: StepContext): MathNode => (c.s.epsPlacement === 'inside' ? fn('sqrt', op('+', x, c.c('eps'))) : op('+', fn('sqrt', x), c.c('eps')));
/** The average βx + (1 − β)y of a running state. */
const average = (beta: MathNode, x: MathNode, y: MathNode): MathNode => op('+', times(beta, x), times(op('-', one, beta), y));

/** The velocity's gradient term: g, or (1 − d) g with dampening (1 − μ when d = μ, Ng's exponential average). */
function damped(c: StepContext): MathNode {
  if (c.s.dampening === 0) return c.g;
  return times(op('-', one, c.c(c.s.dampening === c.s.momentum ? 'mu' : 'd')), c.g);
}

/** Each rule as train/optimizers computes it, operation for operation. */
const RULES: Record<string, (c: StepContext) => MathNode> = {
  sgd: (c) => op('-', c.w, times(c.eta, c.g)),
  momentum(c) {
    const mu = c.c('mu');
    if (c.s.etaPlacement === 'inside') return op('+', c.w, c.after('velocity', op('-', times(mu, c.before('velocity')), times(c.eta, damped(c)))));
    return op('-', c.w, times(c.eta, c.after('velocity', op('+', times(mu, c.before('velocity')), damped(c)))));
  },
  nesterov(c) {
    const mu = c.c('mu');
    const old = c.before('velocity');
    if (c.s.etaPlacement === 'inside') {
      const v = c.after('velocity', op('-', times(mu, old), times(c.eta, c.g)));
      return op('+', op('-', c.w, times(mu, old)), times(op('+', one, mu), v));
    }
    const v = c.after('velocity', op('+', times(mu, old), c.g));
    return op('-', c.w, times(c.eta, op('+', c.g, times(mu, v))));
  },
  adagrad: (c) => scaled(c, c.after('cache', op('+', c.before('cache'), square(c.g))), c.g),
  rmsprop: (c) => scaled(c, c.after('cache', average(c.c('beta'), c.before('cache'), square(c.g))), c.g),
  adam: (c) => adam(c, false),
  adamw: (c) => adam(c, true),
};

/** w − η/√(x + ε) · y */
function scaled(c: StepContext, x: MathNode, y: MathNode): MathNode {
  return op('-', c.w, times(op('/', c.eta, root(x, c)), y));
}

function adam(c: StepContext, decoupled: boolean): MathNode {
  const [b1, b2, t] = [c.c('beta1'), c.c('beta2'), c.c('t')];
  const m = c.after('m', average(b1, c.before('m'), c.g));
  const v = c.after('v', average(b2, c.before('v'), square(c.g)));
  const mHat = c.after('mhat', op('/', m, op('-', one, op('^', b1, t))));
  const vHat = c.after('vhat', op('/', v, op('-', one, op('^', b2, t))));
  const step = scaled(c, vHat, mHat);
  return decoupled ? op('-', step, times(times(c.eta, c.c('lambda')), c.w)) : step;
}

const CONSTANT_OF: Record<OptimizerConstant, (s: OptimizerSettings, t: number) => number> = {
  beta1: (s) => s.beta1, beta2: (s) => s.beta2, beta: (s) => s.beta, eps: (s) => s.eps, mu: (s) => s.momentum,
  d: (s) => s.dampening, lambda: (s) => s.weightDecay, t: (_s, t) => t,
};

/** The graph's own update rule, or undefined where it is plain gradient descent (the derivation's default update). */
export function optimizerRule(graph: Graph, put: Put, eta: MathNode): OptimizerRule | undefined {
  const spec = graph.optimizer;
  if (!spec || isPlainDescent(spec)) return undefined;
  const s = settingsOf(spec, graph.learningRate);
  const t = (spec.t ?? 0) + 1;
  const step: OptimizerStep = { lines: new Map(), carry: [] };
  const constants = new Map<OptimizerConstant, MathNode>();
  const c = (name: OptimizerConstant): MathNode => {
    let x = constants.get(name);
    if (!x) constants.set(name, (x = put(qid.optimizerConstant(name), 'constant', undefined, CONSTANT_OF[name](s, t))));
    if (name === 't') step.counter = qid.optimizerConstant('t');
    return x;
  };
  const keys = new Set(STATE_KEYS[spec.type]);
  return {
    step,
    update(w, value, gradient) {
      const lines: string[] = [];
      step.lines.set(w, lines);
      const after = (key: OptimizerStateKey, def: MathNode): MathNode => {
        const id = qid.optimizerState(key, t, w);
        lines.push(id);
        if (keys.has(key)) step.carry.push([qid.optimizerState(key, t - 1, w), id]);
        return put(id, 'optimizerState', def, undefined, w);
      };
      const before = (key: OptimizerStateKey): MathNode => put(qid.optimizerState(key, t - 1, w), 'optimizerState', undefined, spec.state?.[key]?.[w] ?? 0, w);
      const g = usesL2(spec.type, s) ? after('gtilde', op('+', gradient, times(c('lambda'), value))) : gradient;
      return RULES[spec.type]!({ w: value, g, eta, s, c, before, after });
    },
  };
}

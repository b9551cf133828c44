// The one grammar of quantity ids (v$out_h1, pd$net_o1$w5, trained$1000$out_o1): a typed reference and its parse/format pair.
/**
 * Every quantity of a derivation is a mathjs symbol whose name is its id; '$' never occurs in a user's identifier,
 * so ids cannot clash with node names. Only this module writes or takes apart an id: everything else holds a
 * QuantityRef and asks for its id, or parses an id it was given.
 *
 *   value         v$n                the value of graph node n (net, out, target, loss, parameter, input)
 *   eta           eta                the learning rate
 *   partial       pd$c$n             the local partial ∂c/∂n along one edge
 *   adjoint       g$n                ∂E/∂n (for a parameter: its gradient)
 *   delta         d$n                δ of a net node, = ∂E/∂net
 *   termPartial   lp$k$n             ∂E_k/∂n where n reaches only loss term k
 *   contribution  ct$c$n             the part of ∂E/∂n that flows through child c
 *   update        u$w                w⁺ = w − η ∂E/∂w, or the file's optimizer's step (Adam, momentum, …)
 *   optimizerState os$key$t$w        the optimizer's state `key` of parameter w after step t (t − 1: before the step
 *                                    derive prints): velocity, cache, m, v, mhat, vhat, gtilde (the L2 gradient)
 *   optimizerConstant oc$name        one of the optimizer's settings: beta1, beta2, beta, eps, mu, d, lambda, t
 *   change        dw$w               Δw = η ∂E/∂w, its own line with --delta-w
 *   afterUpdate   after$n            node n's value in a forward pass with the updated parameters
 *   trained       trained$N$n        node n's value after N rounds of gradient descent (trained$N$<id>: any
 *                                    other quantity after N rounds, e.g. trained$2$g$w, the gradient at w's second value)
 *   tangent       t$w$<id>           the derivative of quantity <id> along parameter w (for the Hessian)
 *   negated       neg$<id>           minus a quantity: a document's δ in the convention δ = −∂E/∂net
 *   index         ix$base$sub$layer  a general symbol of the index form (z_j^(2))
 *   indexGradient ixg$base$sub$layer ∂E/∂ of an index-form symbol
 *   indexUpdate   ixu$base$sub$layer the update of an index-form symbol
 */
export type QuantityRef =
  | { kind: 'value'; node: string }
  | { kind: 'eta' }
  | { kind: 'partial'; of: string; wrt: string }
  | { kind: 'adjoint'; node: string }
  | { kind: 'delta'; node: string }
  | { kind: 'termPartial'; of: string; wrt: string }
  | { kind: 'contribution'; of: string; wrt: string }
  | { kind: 'update'; node: string }
  | { kind: 'optimizerState'; key: OptimizerStateKey; step: number; node: string }
  | { kind: 'optimizerConstant'; name: OptimizerConstant }
  | { kind: 'change'; node: string }
  | { kind: 'afterUpdate'; node: string }
  /** `quantity`: the id of what is taken after `rounds` rounds (v$node for a node's value). */
  | { kind: 'trained'; node: string; rounds: number; quantity: string }
  | { kind: 'tangent'; param: string; of: QuantityRef }
  | { kind: 'negated'; of: QuantityRef }
  | { kind: 'index' | 'indexGradient' | 'indexUpdate'; base: string; sub: string; layer: string };

export type QuantityRefKind = QuantityRef['kind'];

/** The optimizer's per-parameter state (derive prints one step) and its constants: the only names these ids take. */
export const OPTIMIZER_STATE_KEYS = ['velocity', 'cache', 'm', 'v', 'mhat', 'vhat', 'gtilde'] as const;
export type OptimizerStateKey = (typeof OPTIMIZER_STATE_KEYS)[number];
export const OPTIMIZER_CONSTANTS = ['beta1', 'beta2', 'beta', 'eps', 'mu', 'd', 'lambda', 't'] as const;
export type OptimizerConstant = (typeof OPTIMIZER_CONSTANTS)[number];
const isOneOf = <T extends string>(list: readonly T[], x: string): x is T => (list as readonly string[]).includes(x);

const ONE_NODE = { v: 'value', g: 'adjoint', d: 'delta', u: 'update', dw: 'change', after: 'afterUpdate' } as const;
const TWO_NODES = { pd: 'partial', lp: 'termPartial', ct: 'contribution' } as const;
const INDEX = { ix: 'index', ixg: 'indexGradient', ixu: 'indexUpdate' } as const;
const PREFIX: Readonly<Record<string, string>> = Object.fromEntries(
  [ONE_NODE, TWO_NODES, INDEX].flatMap((m) => Object.entries(m).map(([prefix, kind]) => [kind, prefix])),
);

/** The id of a reference: the mathjs symbol name the derivation uses for it. */
export function formatQuantityId(ref: QuantityRef): string {
  switch (ref.kind) {
    case 'eta': return 'eta';
    case 'value': case 'adjoint': case 'delta': case 'update': case 'change': case 'afterUpdate':
      return `${PREFIX[ref.kind]}$${ref.node}`;
    case 'partial': case 'termPartial': case 'contribution':
      return `${PREFIX[ref.kind]}$${ref.of}$${ref.wrt}`;
    case 'optimizerState': return `os$${ref.key}$${ref.step}$${ref.node}`;
    case 'optimizerConstant': return `oc$${ref.name}`;
    case 'trained': return `trained$${ref.rounds}$${ref.quantity === `v$${ref.node}` ? ref.node : ref.quantity}`;
    case 'tangent': return `t$${ref.param}$${formatQuantityId(ref.of)}`;
    case 'negated': return `neg$${formatQuantityId(ref.of)}`;
    case 'index': case 'indexGradient': case 'indexUpdate':
      return `${PREFIX[ref.kind]}$${ref.base}$${ref.sub}$${ref.layer}`;
    default: {
      const never: never = ref;
      throw new Error(`unknown quantity reference ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Parsed ids, kept: verify asks for the same few hundred ids thousands of times per document (isGivenValue, nodeOf).
 * Each reference is frozen, since every caller of an id shares it; the map is emptied when it grows past a bound.
 */
const parsed = new Map<string, Readonly<QuantityRef> | undefined>();
const MAX_PARSED = 200_000;

/** The reference an id stands for, or undefined for a name that is not a quantity id (a node name, a function). */
export function parseQuantityId(id: string): QuantityRef | undefined {
  let ref = parsed.get(id);
  if (ref === undefined && !parsed.has(id)) {
    if (parsed.size >= MAX_PARSED) parsed.clear();
    ref = parseUncached(id);
    parsed.set(id, ref && Object.freeze(ref));
  }
  return ref;
}

function parseUncached(id: string): QuantityRef | undefined {
  if (id === 'eta') return { kind: 'eta' };
  const cut = id.indexOf('$');
  if (cut < 0) return undefined;
  const prefix = id.slice(0, cut);
  const rest = id.slice(cut + 1);
  if (prefix in ONE_NODE) return { kind: ONE_NODE[prefix as keyof typeof ONE_NODE], node: rest };
  if (prefix in TWO_NODES) {
    const [of, wrt, extra] = rest.split('$');
    return of && wrt !== undefined && extra === undefined ? { kind: TWO_NODES[prefix as keyof typeof TWO_NODES], of, wrt } : undefined;
  }
  if (prefix === 'trained') {
    const m = /^(\d+)\$(.+)$/.exec(rest);
    if (!m) return undefined;
    const inner = m[2]!.includes('$') ? parseQuantityId(m[2]!) : undefined;
    if (!inner) return { kind: 'trained', rounds: Number(m[1]), node: m[2]!, quantity: `v$${m[2]!}` };
    return { kind: 'trained', rounds: Number(m[1]), node: nodeOfRef(inner) ?? '', quantity: m[2]! };
  }
  if (prefix === 'os') {
    const m = /^([a-z]+)\$(0|[1-9]\d*)\$([^$]+)$/.exec(rest);
    return m && isOneOf(OPTIMIZER_STATE_KEYS, m[1]!) ? { kind: 'optimizerState', key: m[1], step: Number(m[2]), node: m[3]! } : undefined;
  }
  if (prefix === 'oc') return isOneOf(OPTIMIZER_CONSTANTS, rest) ? { kind: 'optimizerConstant', name: rest } : undefined;
  if (prefix === 'neg') {
    const of = parseQuantityId(rest);
    return of ? { kind: 'negated', of } : undefined;
  }
  if (prefix === 't') {
    const k = rest.indexOf('$');
    const of = k < 0 ? undefined : parseQuantityId(rest.slice(k + 1));
    return of ? { kind: 'tangent', param: rest.slice(0, k), of } : undefined;
  }
  if (prefix in INDEX) {
    const [base = '', sub = '', layer = ''] = rest.split('$');
    return { kind: INDEX[prefix as keyof typeof INDEX], base, sub, layer };
  }
  return undefined;
}

/** The graph node a reference is about: its own node for values, deltas, gradients and updates; `wrt` for partials. */
export function nodeOfRef(ref: QuantityRef): string | undefined {
  switch (ref.kind) {
    case 'value': case 'adjoint': case 'delta': case 'update': case 'change': case 'afterUpdate': case 'trained': case 'optimizerState':
      return ref.node;
    case 'partial': case 'termPartial': case 'contribution':
      return ref.wrt;
    default:
      return undefined;
  }
}

/** The name of the index-form sum function Σ_k (sum$k), and its inverse. */
export const indexSumName = (index: string): string => `sum$${index}`;
export function parseIndexSumName(name: string): string | undefined {
  return name.startsWith('sum$') ? name.slice(4) : undefined;
}

/** Shorthands for the ids the derivation builds: direct templates (the hot path of 80k-parameter derivations), the same grammar. */
export const qid = {
  value: (n: string) => `v$${n}`,
  partial: (of: string, wrt: string) => `pd$${of}$${wrt}`,
  adjoint: (n: string) => `g$${n}`,
  delta: (n: string) => `d$${n}`,
  termPartial: (term: string, n: string) => `lp$${term}$${n}`,
  contribution: (child: string, n: string) => `ct$${child}$${n}`,
  update: (n: string) => `u$${n}`,
  change: (n: string) => `dw$${n}`,
  afterUpdate: (n: string) => `after$${n}`,
  /** `n`: a node (its value) or a quantity id. */
  trained: (rounds: number, n: string) => `trained$${rounds}$${n}`,
  optimizerState: (key: OptimizerStateKey, step: number, w: string) => `os$${key}$${step}$${w}`,
  optimizerConstant: (name: OptimizerConstant) => `oc$${name}`,
  tangent: (param: string, of: string) => `t$${param}$${of}`,
  index: (base: string, sub: string, layer: number | string = '') => `ix$${base}$${sub}$${layer}`,
  indexGradient: (base: string, sub: string, layer: number | string) => `ixg$${base}$${sub}$${layer}`,
  indexUpdate: (base: string, sub: string, layer: number | string) => `ixu$${base}$${sub}$${layer}`,
  eta: 'eta',
};

// The printed name of every quantity (∂E_total/∂w5, δ_o1, w5⁺), from the notation; no TeX is edited as a string.
import type { Derivation } from '../derive/deriveGraph.js';
import { parseQuantityId, type OptimizerConstant, type OptimizerStateKey, type QuantityRef } from '../derive/quantityRef.js';
import type { Style } from './printExpression.js';
import type { Notation } from '../graph/notation/index.js';

/** The printed name of a quantity id; null for a contribution whose term is unknown. Throws on an id outside the grammar. */
export function quantityName(id: string, d: Derivation, notation: Notation, style: Style): string | null {
  const ref = parseQuantityId(id);
  if (!ref) throw new Error(`unknown quantity ${id}`);
  return refName(ref, id, d, notation, style);
}

function refName(ref: QuantityRef, id: string, d: Derivation, notation: Notation, style: Style): string | null {
  const node = (n: string): string => notation.node(n)[style];
  const partial = (of: string, wrt: string): string =>
    style === 'tex' ? `\\frac{\\partial ${of}}{\\partial ${wrt}}` : `∂${of}/∂${wrt}`;
  const plus = (name: string): string => (style === 'tex' ? superscriptTex(name, '+') : `${name}⁺`);
  switch (ref.kind) {
    case 'value': return node(ref.node);
    case 'afterUpdate': return plus(node(ref.node));
    case 'partial': case 'termPartial': return partial(node(ref.of), node(ref.wrt));
    case 'adjoint': return notation.adjoint?.(ref.node)?.[style] ?? partial(node(d.graph.root), node(ref.node));
    case 'delta': return notation.delta(ref.node)[style];
    case 'contribution': {
      const term = d.contributionTerms.get(id);
      return term ? partial(node(term), node(ref.wrt)) : null;
    }
    case 'update': return notation.updated(ref.node)[style];
    case 'change': return style === 'tex' ? `\\Delta ${node(ref.node)}` : `Δ${node(ref.node)}`;
    case 'eta': return notation.eta[style];
    case 'optimizerConstant': return CONSTANT_NAMES[ref.name][style === 'tex' ? 0 : 1];
    case 'optimizerState': return stateName(ref.key, ref.step, node(ref.node), d.graph.optimizer?.type, style);
    case 'index': return indexName(ref.base, ref.sub, ref.layer, style);
    case 'indexGradient': return partial(node(d.graph.root), indexName(ref.base, ref.sub, ref.layer, style));
    case 'indexUpdate': return plus(indexName(ref.base, ref.sub, ref.layer, style));
    case 'trained': case 'tangent': case 'negated': throw new Error(`no printed name for ${id}`);
    default: {
      const never: never = ref;
      throw new Error(`unknown quantity ${JSON.stringify(never)}`);
    }
  }
}

const CONSTANT_NAMES: Record<OptimizerConstant, [string, string]> = {
  beta1: ['\\beta_1', 'β₁'], beta2: ['\\beta_2', 'β₂'], beta: ['\\beta', 'β'], eps: ['\\epsilon', 'ε'], mu: ['\\mu', 'μ'], d: ['d', 'd'], lambda: ['\\lambda', 'λ'], t: ['t', 't'],
};

/** State as the docs and train's equations name it: v (velocity; RMSprop's cache), cache (AdaGrad), m, v, m̂, v̂, g̃. */
const STATE_BASES: Record<OptimizerStateKey, [string, string]> = {
  velocity: ['v', 'v'], cache: ['\\mathit{cache}', 'cache'], m: ['m', 'm'], v: ['v', 'v'], mhat: ['\\hat{m}', 'm̂'], vhat: ['\\hat{v}', 'v̂'], gtilde: ['\\tilde{g}', 'g̃'],
};

/** m_{w_5}^{(1)}, m_w5^(1): the state after step `step`; g̃ (the L2 gradient of this step) has no step. */
function stateName(key: OptimizerStateKey, step: number, w: string, type: string | undefined, style: Style): string {
  const [tex, text] = key === 'cache' && type === 'rmsprop' ? STATE_BASES.v : STATE_BASES[key];
  const sup = key === 'gtilde' ? '' : style === 'tex' ? `^{(${step})}` : `^(${step})`;
  // In text a parameter name with its own scripts is parenthesised: v_(w_11^(3))^(1), not v_w_11^(3)^(1).
  return style === 'tex' ? `${tex}_{${w}}${sup}` : `${text}_${/[_^]/.test(w) ? `(${w})` : w}${sup}`;
}

const INDEX_BASES: Record<string, [string, string]> = { delta: ['\\delta', 'δ'], eta: ['\\eta', 'η'] };

/** z_{j}^{(2)} / z_j^(2): a general symbol of the index form. */
function indexName(base: string, sub: string, layer: string, style: Style): string {
  const [tex, text] = INDEX_BASES[base] ?? [base, base];
  if (style === 'tex') return `${tex}${sub ? `_{${sub}}` : ''}${layer ? `^{(${layer})}` : ''}`;
  return `${text}${sub ? `_${sub}` : ''}${layer ? `^(${layer})` : ''}`;
}

/** Adds a superscript, bracing a name that already has one (w_{jk}^{(2)} → {w_{jk}^{(2)}}^{+}). */
export function superscriptTex(tex: string, sup: string): string {
  return tex.includes('^') ? `{${tex}}^{${sup}}` : `${tex}^{${sup}}`;
}

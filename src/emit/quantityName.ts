// The printed name of every quantity id (∂E_total/∂w5, δ_o1, w5⁺), from the notation; no TeX is edited as a string.
import type { Derivation } from '../derive/deriveGraph.js';
import type { Style } from './printExpression.js';
import type { Notation } from '../graph/notation/index.js';

export function quantityName(id: string, d: Derivation, notation: Notation, style: Style): string | null {
  const [kind, a = '', b = ''] = id.split('$');
  const node = (n: string): string => notation.node(n)[style];
  const partial = (of: string, wrt: string): string =>
    style === 'tex' ? `\\frac{\\partial ${of}}{\\partial ${wrt}}` : `∂${of}/∂${wrt}`;
  switch (kind) {
    case 'v': return node(a);
    case 'after': return style === 'tex' ? superscriptTex(node(a), '+') : `${node(a)}⁺`;
    case 'pd': return partial(node(a), node(b));
    case 'g': return notation.adjoint?.(a)?.[style] ?? partial(node(d.graph.root), node(a));
    case 'd': return notation.delta(a)[style];
    case 'lp': return partial(node(a), node(b));
    case 'ct': {
      const term = d.contributionTerms.get(id);
      return term ? partial(node(term), node(b)) : null;
    }
    case 'u': return notation.updated(a)[style];
    case 'eta': return notation.eta[style];
    case 'ix': return indexName(a, b, id.split('$')[3]!, style);
    case 'ixg': return partial(node(d.graph.root), indexName(a, b, id.split('$')[3]!, style));
    case 'ixu': return style === 'tex' ? superscriptTex(indexName(a, b, id.split('$')[3]!, style), '+') : `${indexName(a, b, id.split('$')[3]!, style)}⁺`;
    default: throw new Error(`unknown quantity ${id}`);
  }
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

// The printed name of every quantity id (∂E_total/∂w5, δ_o1, w5⁺), from the notation; no TeX is edited as a string.
import type { Derivation } from '../derive/deriveGraph.js';
import type { Style } from './printExpression.js';
import type { Notation } from './notation.js';

export function quantityName(id: string, d: Derivation, notation: Notation, style: Style): string | null {
  const [kind, a = '', b = ''] = id.split('$');
  const node = (n: string): string => notation.node(n)[style];
  const partial = (of: string, wrt: string): string =>
    style === 'tex' ? `\\frac{\\partial ${of}}{\\partial ${wrt}}` : `∂${of}/∂${wrt}`;
  switch (kind) {
    case 'v': return node(a);
    case 'after': return style === 'tex' ? `${node(a)}^{+}` : `${node(a)}⁺`;
    case 'pd': return partial(node(a), node(b));
    case 'g': return partial(node(d.graph.root), node(a));
    case 'd': return notation.delta(a)[style];
    case 'lp': return partial(node(a), node(b));
    case 'ct': {
      const term = d.contributionTerms.get(id);
      return term ? partial(node(term), node(b)) : null;
    }
    case 'u': return notation.updated(a)[style];
    case 'eta': return notation.eta[style];
    default: throw new Error(`unknown quantity ${id}`);
  }
}

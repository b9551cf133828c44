// Display names of graph nodes and derived quantities, per notation preset; never built by editing strings of TeX.
import type { Graph, GraphNode } from '../graph/types.js';
import { escapeLatexText, latexMathWord } from '../util/escapeLatex.js';

/** A name in both output styles. `tex` is valid math-mode LaTeX; `text` is plain Unicode. */
export interface DisplayName {
  tex: string;
  text: string;
}

export interface Notation {
  id: string;
  /** The value of a graph node: \mathit{out}_{h1}. */
  node(id: string): DisplayName;
  /** The node delta of a net node: \delta_{o1}. */
  delta(netId: string): DisplayName;
  /** A parameter after the update: w_{5}^{+}. */
  updated(param: string): DisplayName;
  eta: DisplayName;
}

const GREEK = new Set(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'eta', 'theta', 'lambda', 'mu', 'sigma', 'tau', 'phi', 'psi', 'omega']);
const SUPERSCRIPT_PLUS = '⁺';

/** Splits an identifier into a base and a subscript: w5 → w_{5}, x → x, net_h1 → net_{h1}, yhat → \mathit{yhat}. */
export function identifierName(id: string): DisplayName {
  const m = /^([A-Za-z]+?)(?:_([A-Za-z0-9_]+)|(\d[A-Za-z0-9]*))?$/.exec(id);
  if (!m) return { tex: texWord(id), text: id };
  const base = m[1]!;
  const sub = m[2] ?? m[3];
  const baseTex = GREEK.has(base) ? `\\${base}` : base.length > 1 ? `\\mathit{${base}}` : base;
  if (!sub) return { tex: baseTex, text: id };
  return { tex: `${baseTex}_{${subscriptTex(sub)}}`, text: id };
}

function subscriptTex(sub: string): string {
  // Multi-letter words inside a subscript (total) read as words; unit ids like h1 stay as they are.
  if (/^[A-Za-z]{2,}$/.test(sub) && !/^[a-z]\d*$/.test(sub)) return `\\mathit{${sub}}`;
  return sub.split('_').map(escapeLatexText).join(',');
}

function texWord(word: string): string {
  return latexMathWord(word);
}

/** Mazur's notation: net/out, target, E_total, δ_o1, w⁺ (documents 000 and 001). */
function mazurNode(node: GraphNode): DisplayName {
  const u = node.unit !== undefined ? subscriptTex(node.unit) : '';
  switch (node.kind) {
    case 'net': return { tex: `\\mathit{net}_{${u}}`, text: node.id };
    case 'activation': return { tex: `\\mathit{out}_{${u}}`, text: node.id };
    case 'target': return node.unit ? { tex: `\\mathit{target}_{${u}}`, text: node.id } : identifierName(node.id);
    case 'lossTerm': return { tex: `E_{${u}}`, text: node.id };
    case 'loss': return { tex: 'E_{\\mathit{total}}', text: 'E_total' };
    default: return identifierName(node.id);
  }
}

export function createNotation(graph: Graph, overrides: Readonly<Record<string, string>> = {}): Notation {
  const cache = new Map<string, DisplayName>();
  const node = (id: string): DisplayName => {
    let name = cache.get(id);
    if (!name) {
      const n = graph.nodes.get(id);
      const override = overrides[id];
      name = override !== undefined ? { tex: texWord(override), text: override } : n ? mazurNode(n) : identifierName(id);
      cache.set(id, name);
    }
    return name;
  };
  return {
    id: 'mazur',
    node,
    delta: (netId) => {
      const unit = graph.nodes.get(netId)?.unit;
      return unit !== undefined
        ? { tex: `\\delta_{${subscriptTex(unit)}}`, text: `δ_${unit}` }
        : { tex: `\\delta_{${node(netId).tex}}`, text: `δ_${netId}` };
    },
    updated: (param) => ({ tex: `${node(param).tex}^{+}`, text: `${node(param).text}${SUPERSCRIPT_PLUS}` }),
    eta: { tex: '\\eta', text: 'η' },
  };
}

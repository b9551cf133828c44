// Shared pieces of display names: the DisplayName/Notation shapes and the identifier splitter (w5 → w_{5}).
import { escapeLatexText, latexMathWord } from '../../util/escapeLatex.js';

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
  /** The name of ∂E/∂node where the notation has one (layered: δ_1^{(4)} for ∂E/∂z_1^{(4)}); else undefined. */
  adjoint?(nodeId: string): DisplayName | undefined;
}

const GREEK = new Set(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'eta', 'theta', 'lambda', 'mu', 'sigma', 'tau', 'phi', 'psi', 'omega']);

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

export function subscriptTex(sub: string): string {
  // Multi-letter words inside a subscript (total) read as words; unit ids like h1 stay as they are.
  if (/^[A-Za-z]{2,}$/.test(sub) && !/^[a-z]\d*$/.test(sub)) return `\\mathit{${sub}}`;
  return sub.split('_').map(escapeLatexText).join(',');
}

export function texWord(word: string): string {
  return latexMathWord(word);
}

/** A symbol with a subscript and a layer superscript: z_{1}^{(3)} / z_1^(3). */
export function layeredName(base: string, baseText: string, sub: string, layer: string | number): DisplayName {
  // plain text reads w_1,10 as w_1 then ",10": a subscript with a comma is parenthesised, w_(1,10)^(2)
  return { tex: `${base}_{${sub}}^{(${layer})}`, text: `${baseText}_${sub.includes(',') ? `(${sub})` : sub}^(${layer})` };
}

// Second derivatives ∂²E/∂w_i∂w_j: forward-over-reverse on the quantity DAG (tangents of the gradient trees), not expanded formulas.
import { differentiate } from '../util/differentiate.js';
import { forEachSymbol, num, op, sum, sym, type MathNode } from '../util/mathNodes.js';
import type { Derivation } from './deriveGraph.js';
import { qid } from './quantityRef.js';

/** The tangent of quantity q in the direction of parameter w: d q / d w. */
const tangentId = qid.tangent;

export interface Hessian {
  params: string[];
  /** Tangent quantities in evaluation order: id -> definition over quantity ids and earlier tangents. */
  tangents: Map<string, MathNode>;
  /** ∂²E/∂w_i∂w_j as the tangent id of g$w_i in direction w_j, or null where it is 0. */
  entry(i: string, j: string): string | null;
}

/** Seeds each parameter and pushes its tangent through every quantity the gradients read (updates excluded). */
export function deriveHessian(d: Derivation, params: readonly string[] = d.graph.trainable.filter((w) => d.quantities.has(qid.adjoint(w)))): Hessian {
  const tangents = new Map<string, MathNode>();
  const partialMemo = new Map<string, MathNode>();
  // ∂def_q/∂s, shared by every direction.
  const partial = (q: string, def: MathNode, s: string): MathNode => {
    const key = `${q}\u0000${s}`;
    let p = partialMemo.get(key);
    if (!p) partialMemo.set(key, (p = differentiate(def, s, { file: '<hessian>' }, d.graph.kink)));
    return p;
  };
  for (const w of params) {
    const nonzero = new Set<string>([qid.value(w)]);
    for (const q of d.quantities.values()) {
      if (!q.def || q.kind === 'update' || q.kind === 'optimizerState') continue;
      const terms: MathNode[] = [];
      const seen = new Set<string>();
      forEachSymbol(q.def, (s) => {
        if (seen.has(s) || !nonzero.has(s)) return;
        seen.add(s);
        const t = s === qid.value(w) ? null : sym(tangentId(w, s));
        const p = partial(q.id, q.def!, s);
        terms.push(t ? op('*', p, t) : p);
      });
      if (!terms.length) continue;
      nonzero.add(q.id);
      tangents.set(tangentId(w, q.id), sum(terms));
    }
  }
  return {
    params: [...params],
    tangents,
    entry: (i, j) => (tangents.has(tangentId(j, qid.adjoint(i))) ? tangentId(j, qid.adjoint(i)) : null),
  };
}


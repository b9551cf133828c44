// Keeps only what the gradients of some parameters need (--only w5,w1): the forward pass, the error, and their chains.
import type { MathNode } from 'mathjs';
import type { Derivation } from './deriveGraph.js';
import type { Layout } from './layout.js';
import { qid } from './quantity.js';
import { parseQuantityId } from './quantityRef.js';

export function selectParams(layout: Layout, d: Derivation, params: readonly string[]): Layout {
  const needed = neededQuantities(d, params);
  const others = new Set(d.graph.trainable.filter((p) => !params.includes(p)));
  const aboutOther = (lhs: string): boolean => {
    const ref = parseQuantityId(lhs);
    if (ref?.kind === 'adjoint' || ref?.kind === 'update') return others.has(ref.node);
    return ref?.kind === 'partial' && others.has(ref.wrt);
  };
  const keepSection = (id: string): boolean => id === 'forward' || id === 'error' || id === 'after' || id === 'index';
  return {
    sections: layout.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => ({
        ...b,
        equations: b.equations.filter((eq) => keepSection(s.id) || (needed.has(eq.lhs) && !aboutOther(eq.lhs))),
      })).filter((b) => b.equations.length > 0),
    })).filter((s) => s.blocks.length > 0),
  };
}

/** Every quantity the gradients and updates of `params` are computed from, with the δ of each net on the way. */
export function neededQuantities(d: Derivation, params: readonly string[]): Set<string> {
  const needed = new Set<string>();
  const visit = (id: string): void => {
    if (needed.has(id)) return;
    needed.add(id);
    const def = d.quantities.get(id)?.def;
    if (def) symbolsOf(def).forEach(visit);
  };
  for (const p of params) {
    visit(qid.update(p));
    visit(qid.adjoint(p));
    // The delta rule ∂E/∂w = δ · x reads the δ of the net that w feeds.
    for (const c of d.graph.children.get(p) ?? []) if (d.quantities.has(qid.delta(c))) visit(qid.delta(c));
  }
  // A net's adjoint, delta and ∂E_k/∂net are one number under three names: the δ line belongs with it.
  for (const id of [...needed]) {
    const q = d.quantities.get(id);
    if (q?.kind === 'adjoint' && d.quantities.has(qid.delta(q.node!))) visit(qid.delta(q.node!));
  }
  return needed;
}

function symbolsOf(node: MathNode): string[] {
  const out: string[] = [];
  node.traverse((n, path) => {
    if ((n as { isSymbolNode?: boolean }).isSymbolNode && path !== 'fn') out.push((n as unknown as { name: string }).name);
  });
  return out;
}

// Test oracle: ∂of/∂wrt between any two graph nodes (∂E_o1/∂out_h1, ∂f/∂e), by a reverse sweep from `of` over the local partials.
// The seed claims name such partials (D('E_o1','out_h1')); the product prints only the derivation's own quantities.
import { compileExpr } from '../../src/evaluate/compileExpr.js';
import type { Evaluation } from '../../src/evaluate/evaluateDerivation.js';
import type { Valuation } from '../../src/evaluate/valueLayout.js';
import type { Derivation } from '../../src/derive/deriveGraph.js';
import { localPartial } from '../../src/derive/localPartial.js';
import { qid } from '../../src/derive/quantity.js';

/**
 * The numeric partial derivative of node `of` with respect to node `wrt`, holding the other leaves fixed,
 * at the values of `values` (an Evaluation, or a Valuation whose exact values are used). 0 when `of`
 * does not depend on `wrt`; 1 when they are the same node. Throws on an unknown node.
 */
export function partialBetween(derivation: Derivation, values: Evaluation | Valuation, of: string, wrt: string): number {
  const ev = 'evaluation' in values ? values.evaluation : values;
  const { graph } = derivation;
  for (const id of [of, wrt]) if (!graph.nodes.has(id)) throw new Error(`unknown node '${id}'`);
  const position = new Map(graph.order.map((id, i) => [id, i]));
  const at = position.get(of)!;
  const from = position.get(wrt)!;
  if (of === wrt) return 1;
  if (from > at) return 0;
  const adjoint = new Map<string, number>([[of, 1]]);
  // Reverse topological order from `of` down to `wrt`: each node pushes its adjoint into its parents.
  for (let i = at; i > from; i--) {
    const id = graph.order[i]!;
    const a = adjoint.get(id);
    if (a === undefined || a === 0) continue;
    const node = graph.nodes.get(id)!;
    for (const p of node.parents) {
      if (position.get(p)! < from) continue;
      const local = localValue(derivation, ev, id, p);
      adjoint.set(p, (adjoint.get(p) ?? 0) + a * local);
    }
  }
  return adjoint.get(wrt) ?? 0;
}

/** The local partial ∂child/∂parent at the evaluation's values: the derivation's own quantity when it has one. */
function localValue(derivation: Derivation, ev: Evaluation, child: string, parent: string): number {
  const id = qid.partial(child, parent);
  if (derivation.quantities.has(id)) return ev.get(id);
  const tree = localPartial(derivation.graph, derivation.graph.nodes.get(child)!, parent);
  const f = compileExpr(tree, (name) => {
    const i = ev.program.slotOf.get(name);
    if (i === undefined) throw new Error(`unknown quantity ${name}`);
    return i;
  });
  return f(ev.slots);
}

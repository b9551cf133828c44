// The general (index-notation) form of a layered network's backward pass, for networks too large to print by instance.
import type { MathNode } from 'mathjs';
import type { Graph } from '../graph/types.js';
import { fn, op, sym } from '../util/mathNodes.js';
import type { Equation, Section } from './layout.js';
import { indexSumName, qid } from './quantityRef.js';

/** An index symbol: base with subscript and layer, e.g. ix$z$j$2 → z_j^{(2)}; layer '' means none. */
export const ix = (base: string, sub: string, layer: number | string = ''): MathNode => sym(qid.index(base, sub, layer));
/** The gradient ∂E/∂x of an index symbol. */
const ixGrad = qid.indexGradient;
const ixUpdate = qid.indexUpdate;
/** Σ over an index (printed \sum_{k}). */
const sumOver = (index: string, body: MathNode): MathNode => fn(indexSumName(index), body);

const statement = (lhs: string, form: MathNode): Equation => ({ lhs, forms: [form], numeric: null, showValue: false });

/** One section per layer, output first in the backward direction, from the network's own activations and loss. */
export function indexFormSections(graph: Graph): Section[] {
  const layers = graph.layers.length - 1;
  const activationOf = (l: number) => graph.nodes.get(`out_${graph.layers[l]![0]}`)!.activation!;
  const input = (l: number, k: string): MathNode => (l === 1 ? ix('x', k) : ix('a', k, l - 1));
  const forward: Equation[] = [];
  for (let l = 1; l <= layers; l++) {
    // z_j^(l) = Σ_k w_jk^(l) a_k^(l-1) + b_j^(l);  a_j^(l) = g(z_j^(l))
    forward.push(statement(qid.index('z', 'j', l), op('+', sumOver('k', op('*', ix('w', 'jk', l), input(l, 'k'))), ix('b', 'j', l))));
    forward.push(statement(qid.index('a', 'j', l), activationOf(l).apply(ix('z', 'j', l))));
  }
  const loss = graph.nodes.get(graph.root)!.loss!;
  const outputs = graph.layers[layers]!.length;
  forward.push(statement(qid.index('E', ''), sumOver('j', loss.term(ix('t', 'j'), ix('a', 'j', layers), outputs))));
  const backward: Equation[] = [];
  // δ_j^(L) = ∂E/∂a_j^(L) · g'(z_j^(L))
  backward.push(statement(qid.index('delta', 'j', layers), op('*', loss.derivative(ix('t', 'j'), ix('a', 'j', layers), outputs), activationOf(layers).derivative(ix('a', 'j', layers), ix('z', 'j', layers)))));
  for (let l = layers - 1; l >= 1; l--) {
    // δ_j^(l) = g'(z_j^(l)) Σ_k w_kj^(l+1) δ_k^(l+1)
    backward.push(statement(qid.index('delta', 'j', l), op('*', activationOf(l).derivative(ix('a', 'j', l), ix('z', 'j', l)), sumOver('k', op('*', ix('w', 'kj', l + 1), ix('delta', 'k', l + 1))))));
  }
  for (let l = layers; l >= 1; l--) {
    // ∂E/∂w_jk^(l) = δ_j^(l) a_k^(l-1);  ∂E/∂b_j^(l) = δ_j^(l);  w⁺ = w − η ∂E/∂w
    backward.push(statement(ixGrad('w', 'jk', l), op('*', ix('delta', 'j', l), input(l, 'k'))));
    backward.push(statement(ixGrad('b', 'j', l), ix('delta', 'j', l)));
    backward.push(statement(ixUpdate('w', 'jk', l), op('-', ix('w', 'jk', l), op('*', sym('eta'), sym(ixGrad('w', 'jk', l))))));
  }
  return [{ id: 'index', blocks: [{ equations: forward }, { equations: backward }] }];
}

/** An upper bound on the equations the instance layout would print, without building it. */
export function estimateEquations(graph: Graph): number {
  return graph.order.length + 6 * graph.trainable.length;
}


// The output δ as textbooks write it where the loss undoes the activation: softmax + cross-entropy and sigmoid + binary cross-entropy give δ_k = out_k − target_k.
import { op, sym, type MathNode } from '../util/mathNodes.js';
import type { Graph, GraphNode } from '../graph/types.js';
import { qid } from './quantity.js';

/** Which pairing cancels σ′ (the printers give the one line that says why). */
export type FusedPair = 'softmax-cross-entropy' | 'sigmoid-binary-cross-entropy';

export interface FusedDelta {
  pair: FusedPair;
  /** out_k − target_k over value quantities. */
  form: MathNode;
}

/** How far the targets of a softmax group may sum from 1 and still be one-hot or a distribution. */
const SUM_TOLERANCE = 1e-12;

/**
 * δ of an output unit's net in the fused form, or undefined where it does not hold:
 *   softmax + CE:  Σ_k (−t_k/o_k) · o_k(δ_kj − o_j) = o_j Σ_k t_k − t_j = o_j − t_j  (when Σ_k t_k = 1)
 *   sigmoid + BCE: −(t/o − (1 − t)/(1 − o)) · o(1 − o) = −t(1 − o) + (1 − t)o = o − t
 * A mean over examples (1/n on every term) is left to the general chain.
 */
export function fusedOutputDelta(graph: Graph, unit: string): FusedDelta | undefined {
  if (graph.kind !== 'network' || graph.nodes.get(graph.root)?.kind !== 'loss' || graph.nodes.get(graph.root)!.batchSize !== undefined) return undefined;
  const out = graph.nodes.get(`out_${unit}`);
  const term = out && lossTermOf(graph, out);
  if (!out || !term) return undefined;
  const pair = pairOf(out, term);
  if (!pair) return undefined;
  if (pair === 'softmax-cross-entropy' && !targetsSumToOne(graph, out)) return undefined;
  const target = term.parents[0]!;
  return { pair, form: op('-', sym(qid.value(out.id)), sym(qid.value(target))) };
}

function pairOf(out: GraphNode, term: GraphNode): FusedPair | undefined {
  const activation = out.activation?.id;
  const loss = term.loss?.id;
  if (activation === 'softmax' && loss === 'cross-entropy') return 'softmax-cross-entropy';
  if (activation === 'sigmoid' && loss === 'binary-cross-entropy') return 'sigmoid-binary-cross-entropy';
  return undefined;
}

/** The one loss term that reads this output and nothing else does: the fused form needs out to reach E only through it. */
function lossTermOf(graph: Graph, out: GraphNode): GraphNode | undefined {
  const kids = graph.children.get(out.id) ?? [];
  const term = kids.length === 1 ? graph.nodes.get(kids[0]!) : undefined;
  return term?.kind === 'lossTerm' && term.parents[1] === out.id ? term : undefined;
}

/** Every output of the softmax group (the outs read by the same nets) reaches its own CE term, and their targets sum to 1. */
function targetsSumToOne(graph: Graph, out: GraphNode): boolean {
  const group = new Set(out.parents.flatMap((net) => graph.children.get(net) ?? []));
  let total = 0;
  for (const id of group) {
    const o = graph.nodes.get(id)!;
    const term = lossTermOf(graph, o);
    if (o.kind !== 'activation' || !term || pairOf(o, term) !== 'softmax-cross-entropy') return false;
    total += graph.nodes.get(term.parents[0]!)!.value ?? NaN;
  }
  return Math.abs(total - 1) <= SUM_TOLERANCE;
}

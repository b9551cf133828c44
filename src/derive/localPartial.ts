// The local partial ∂child/∂parent of one graph edge, as a tree over value quantities, in the slides' form.
import { differentiate } from '../util/differentiate.js';
import { mapSymbols, num, op, sum, sym, type MathNode, chainOperands } from '../util/mathNodes.js';
import { activationOfCall } from '../graph/activations/index.js';
import { logitOutput } from '../graph/compileNetwork.js';
import { graphLossFromLogits, lossFromLogits } from '../graph/logitForms.js';
import type { Graph, GraphNode } from '../graph/types.js';
import { qid } from './quantity.js';

/** The symbol of a node's value quantity. */
export type ValueRef = (nodeId: string) => MathNode;

const freshValue: ValueRef = (id) => sym(qid.value(id));

export function localPartial(graph: Graph, child: GraphNode, parent: string, v: ValueRef = freshValue): MathNode {
  switch (child.kind) {
    case 'net':
      return netPartial(child, parent, v);
    case 'activation': {
      const layer = child.activation!.layer;
      // softmax: ∂out_j/∂net_k = out_j(δ_jk − out_k), over the output of the parent's unit
      if (layer) return layer.partial(v(child.id), v(`out_${graph.nodes.get(parent)!.unit!}`), child.parents.length === 1 || parent === `net_${child.unit!}`);
      // d out / d net in output form (sigmoid: out(1 - out))
      return child.activation!.derivative(v(child.id), v(parent));
    }
    case 'lossTerm': {
      const [target, out] = child.parents as [string, string];
      // the outputs of one example (layers list every example's copy): mse's 2/n counts one example's outputs
      const count = (graph.layers.at(-1)?.length ?? 1) / (graph.examples ?? 1);
      if (parent === out) {
        // −(t/o − (1 − t)/(1 − o)) reads 1 − o from the net after a sigmoid (graph/logitForms.ts)
        const logits = logitOutput(graph.nodes.get(out)!);
        if (!logits) return child.loss!.derivative(v(target), v(out), count);
        return toValues(lossFromLogits(child.loss!.derivative(sym(target), sym(out), count), logits), v);
      }
      return toValues(differentiate(child.expr!, parent, child.where ?? { file: '<loss>' }, graph.kink), v);
    }
    case 'loss':
      // E_total = Σ E_k: each term enters with coefficient 1; the mean of n examples: with 1/n
      return child.batchSize ? op('/', num(1), num(child.batchSize)) : num(1);
    case 'expr':
      return outputForm(child, parent, v) ?? toValues(graphLossFromLogits(differentiate(child.expr!, parent, child.where ?? { file: '<graph>', path: `graph.${child.id}` }, graph.kink), child.parents, (p) => graph.nodes.get(p)?.expr), v);
    case 'input':
    case 'target':
    case 'param':
      throw new Error(`a leaf (${child.id}) has no parents`);
    default: {
      const never: never = child.kind;
      throw new Error(`unknown node kind ${String(never)}`);
    }
  }
}

/**
 * A graph node that is one activation of one parent (y1 = sigmoid(u1), z = tanh(s), e = exp(n)) gets its
 * derivative in terms of its own value, as the slides write it: the activation's own (σ' = σ(1 − σ)).
 */
function outputForm(child: GraphNode, parent: string, v: ValueRef): MathNode | null {
  const f = child.expr as MathNode & { isFunctionNode?: boolean; fn?: { name?: string }; args?: MathNode[] };
  const arg = f.args?.length === 1 ? (f.args[0] as MathNode & { isSymbolNode?: boolean; name?: string }) : undefined;
  if (!f.isFunctionNode || !arg?.isSymbolNode || arg.name !== parent) return null;
  const out = v(child.id);
  // (e^x)' = e^x: exp is no activation, but its derivative is its value too
  if (f.fn?.name === 'exp') return out;
  return activationOfCall(f.fn?.name)?.derivative(out, v(parent)) ?? null;
}

/** A name's factors in ∂net/∂name: one node, or an array where the name occurs in several terms. */
type NetParts = MathNode | MathNode[];

/** Per derivation (its value symbols) and net node: parent id -> the factors of ∂net/∂parent, indexed once. */
const netIndexes = new WeakMap<ValueRef, WeakMap<GraphNode, Map<string, NetParts>>>();

/** net = Σ w·s + b: ∂net/∂w = s, ∂net/∂s = w, ∂net/∂b = 1 (summed where a name occurs in several terms). */
function netPartial(net: GraphNode, parent: string, v: ValueRef): MathNode {
  let byNet = netIndexes.get(v);
  if (!byNet) netIndexes.set(v, (byNet = new WeakMap()));
  let index = byNet.get(net);
  if (!index) byNet.set(net, (index = indexNet(net.expr!, v)));
  const parts = index.get(parent);
  return parts === undefined ? num(0) : Array.isArray(parts) ? sum(parts) : parts;
}

function indexNet(expr: MathNode, v: ValueRef): Map<string, NetParts> {
  const index = new Map<string, NetParts>();
  const add = (name: string, part: MathNode): void => {
    const had = index.get(name);
    if (had === undefined) index.set(name, part);
    else if (Array.isArray(had)) had.push(part);
    else index.set(name, [had, part]);
  };
  for (const term of chainOperands(expr, 'add')) {
    const t = term as MathNode & { isSymbolNode?: boolean; name?: string; isOperatorNode?: boolean; args?: MathNode[] };
    if (t.isSymbolNode) add(t.name!, num(1));
    else if (t.isOperatorNode && t.args?.length === 2) {
      const [a, b] = t.args as [MathNode & { name?: string }, MathNode & { name?: string }];
      if (a.name) add(a.name, v(b.name!));
      if (b.name) add(b.name, v(a.name!));
    }
  }
  return index;
}


/** Renames graph symbols in a tree to their value quantities. */
export function toValues(node: MathNode, v: ValueRef = freshValue): MathNode {
  return mapSymbols(node, v);
}

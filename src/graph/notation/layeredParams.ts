// Layer names of a network's weights and biases: w_{jk}^{(l)} from unit k of layer l−1 to unit j of layer l, and b_j^{(l)}
// (Nielsen, "Neural Networks and Deep Learning", ch. 2), whatever the file calls them. Shared parameters keep their name.
import type { MathNode } from 'mathjs';
import type { Graph, GraphNode } from '../types.js';
import { layeredName, type DisplayName } from './names.js';

/**
 * For one net input, each parameter it reads → the symbol a product `param · x` multiplies it by (undefined when the
 * parameter stands alone), from one walk of the expression.
 */
function partnersOf(expr: MathNode): Map<string, string | undefined> {
  const partners = new Map<string, string | undefined>();
  expr.traverse((n) => {
    const op = n as MathNode & { fn?: string; args?: MathNode[] };
    if (op.type !== 'OperatorNode' || op.fn !== 'multiply') return;
    const names = op.args!.map((a) => (a.type === 'SymbolNode' ? (a as MathNode & { name: string }).name : ''));
    for (const name of names) if (name !== '') partners.set(name, names.find((x) => x !== name));
  });
  return partners;
}

const partnersByNet = new WeakMap<GraphNode, Map<string, string | undefined>>();

/** The one unit's net input that reads a parameter (the graph's children of it), or undefined when none or several do. */
function readerOf(param: string, graph: Graph): (GraphNode & { expr: MathNode }) | undefined {
  const readers = new Set((graph.children.get(param) ?? []).map((id) => graph.nodes.get(id)!).filter((n) => n.kind === 'net' && n.expr !== undefined));
  return readers.size === 1 ? ([...readers][0] as GraphNode & { expr: MathNode }) : undefined;
}

const inputPositions = new WeakMap<Graph, Map<string, number>>();

/** Position of a unit or an input in its layer, 1-based. */
function indexOf(id: string, graph: Graph): number | undefined {
  const node = graph.nodes.get(id);
  if (node?.index !== undefined) return node.index;
  let inputs = inputPositions.get(graph);
  if (inputs === undefined) inputPositions.set(graph, (inputs = new Map((graph.layers[0] ?? []).map((input, i) => [input, i + 1]))));
  return inputs.get(id);
}

/** w_{jk}^{(l)} or b_j^{(l)} for a parameter read by exactly one unit's net input; undefined otherwise. */
export function layeredParamName(param: string, graph: Graph): DisplayName | undefined {
  const net = readerOf(param, graph);
  if (net === undefined || net.layer === undefined || net.index === undefined) return undefined;
  let partners = partnersByNet.get(net);
  if (partners === undefined) partnersByNet.set(net, (partners = partnersOf(net.expr)));
  if (!partners.has(param)) return layeredName('b', 'b', String(net.index), net.layer + 1);
  const partner = partners.get(param);
  const k = partner === undefined ? undefined : indexOf(partner, graph);
  if (k === undefined) return undefined;
  // w_{111} could be unit 11 from input 1 or unit 1 from input 11: past 9 the indices take a comma, w_{11,1}
  return layeredName('w', 'w', net.index > 9 || k > 9 ? `${net.index},${k}` : `${net.index}${k}`, net.layer + 1);
}

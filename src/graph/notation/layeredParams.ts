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

interface Reader {
  net: GraphNode & { expr: MathNode };
  count: number;
}

/** Each parameter → the net inputs reading it, built once per graph (a 784-100-10 network has 79,510 parameters). */
const readersByGraph = new WeakMap<Graph, Map<string, Reader>>();
const partnersByNet = new WeakMap<GraphNode, Map<string, string | undefined>>();

function readerOf(param: string, graph: Graph): Reader | undefined {
  let readers = readersByGraph.get(graph);
  if (readers === undefined) {
    readers = new Map();
    for (const n of graph.nodes.values()) {
      if (n.kind !== 'net' || n.expr === undefined) continue;
      for (const p of new Set(n.parents)) {
        const r = readers.get(p);
        if (r === undefined) readers.set(p, { net: n as Reader['net'], count: 1 });
        else r.count++;
      }
    }
    readersByGraph.set(graph, readers);
  }
  return readers.get(param);
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
  const reader = readerOf(param, graph);
  if (reader === undefined || reader.count !== 1) return undefined;
  const net = reader.net;
  if (net.layer === undefined || net.index === undefined) return undefined;
  let partners = partnersByNet.get(net);
  if (partners === undefined) partnersByNet.set(net, (partners = partnersOf(net.expr)));
  if (!partners.has(param)) return layeredName('b', 'b', String(net.index), net.layer + 1);
  const partner = partners.get(param);
  const k = partner === undefined ? undefined : indexOf(partner, graph);
  if (k === undefined) return undefined;
  // w_{111} could be unit 11 from input 1 or unit 1 from input 11: past 9 the indices take a comma, w_{11,1}
  return layeredName('w', 'w', net.index > 9 || k > 9 ? `${net.index},${k}` : `${net.index}${k}`, net.layer + 1);
}

// Layer names of a network's weights and biases: w_{jk}^{(l)} from unit k of layer l−1 to unit j of layer l, and b_j^{(l)}
// (Nielsen, "Neural Networks and Deep Learning", ch. 2), whatever the file calls them. Shared parameters keep their name.
import type { MathNode } from 'mathjs';
import type { Graph, GraphNode } from '../types.js';
import { layeredName, type DisplayName } from './names.js';

/** The symbol that a product `param · x` multiplies the parameter by, or undefined when the parameter stands alone. */
function partnerOf(expr: MathNode, param: string): string | undefined | null {
  let found: string | undefined | null = null;
  expr.traverse((n) => {
    const op = n as MathNode & { fn?: string; args?: MathNode[] };
    if (op.type !== 'OperatorNode' || op.fn !== 'multiply') return;
    const names = op.args!.map((a) => (a.type === 'SymbolNode' ? (a as MathNode & { name: string }).name : ''));
    if (names.includes(param)) found = names.find((x) => x !== param);
  });
  return found;
}

/** Position of a unit or an input in its layer, 1-based. */
function indexOf(id: string, graph: Graph): number | undefined {
  const node = graph.nodes.get(id);
  if (node?.index !== undefined) return node.index;
  const position = graph.layers[0]?.indexOf(id) ?? -1;
  return position >= 0 ? position + 1 : undefined;
}

/** w_{jk}^{(l)} or b_j^{(l)} for a parameter read by exactly one unit's net input; undefined otherwise. */
export function layeredParamName(param: string, graph: Graph): DisplayName | undefined {
  const readers = [...graph.nodes.values()].filter((n): n is GraphNode & { expr: MathNode } => n.kind === 'net' && n.parents.includes(param) && n.expr !== undefined);
  if (readers.length !== 1) return undefined;
  const net = readers[0]!;
  if (net.layer === undefined || net.index === undefined) return undefined;
  const partner = partnerOf(net.expr, param);
  if (partner === null) return layeredName('b', 'b', String(net.index), net.layer + 1);
  const k = partner === undefined ? undefined : indexOf(partner, graph);
  if (k === undefined) return undefined;
  // w_{111} could be unit 11 from input 1 or unit 1 from input 11: past 9 the indices take a comma, w_{11,1}
  return layeredName('w', 'w', net.index > 9 || k > 9 ? `${net.index},${k}` : `${net.index}${k}`, net.layer + 1);
}

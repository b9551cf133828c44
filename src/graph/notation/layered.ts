// Layer notation (document 002, after Ng): z_j^{(l)}, a_j^{(l)}, w_{ij}^{(l)}, δ_j^{(l)} = ∂E/∂z_j^{(l)}, y the target.
import type { Graph, GraphNode } from '../types.js';
import { layeredName, type DisplayName } from './names.js';
import type { NotationPreset } from './preset.js';
import { layeredParamName } from './layeredParams.js';
import { batchEntry } from './batchEntry.js';

/** A unit of one example of a batch: the entry of the batch matrix, unit row and example column (Z_{12}^{(2)}), as Ng's is. */
const entry = (node: GraphNode, named?: DisplayName): DisplayName | undefined => batchEntry(node, true, (l) => `(${l + 1})`, named);

/** Graph files name nodes z1_3, a2_4, w13_2: base, index, layer. */
const LAYERED_ID = /^([A-Za-z])(\d+)_(\d+)$/;

function fromId(id: string): DisplayName | undefined {
  const m = LAYERED_ID.exec(id);
  return m ? layeredName(m[1]!, m[1]!, m[2]!, m[3]!) : undefined;
}

/** Networks: the input layer is layer 1, so a neuron of hidden layer l is in layer l + 1. */
function fromUnit(node: GraphNode, base: string): DisplayName | undefined {
  return node.layer !== undefined && node.index !== undefined ? layeredName(base, base, String(node.index), node.layer + 1) : undefined;
}

function isPreActivation(node: GraphNode, graph: Graph): boolean {
  if (node.kind === 'net') return true;
  return node.kind === 'expr' && /^z\d+_\d+$/.test(node.id) && graph.children.get(node.id)!.length > 0;
}

export const layered: NotationPreset = {
  id: 'layered',
  node(node, graph) {
    const example = entry(node);
    if (example) return example;
    switch (node.kind) {
      case 'net': return fromUnit(node, 'z');
      case 'activation': return fromUnit(node, 'a');
      case 'target': return graph.layers.at(-1)?.length === 1 || !node.index ? { tex: 'y', text: 'y' } : { tex: `y_{${node.index}}`, text: `y_${node.index}` };
      case 'loss': return { tex: 'E', text: 'E' };
      // a network's weights are named by where they sit (the file's ids may number layer and unit either way: W1_12)
      case 'param': return (graph.kind === 'network' ? layeredParamName(node.id, graph) : undefined) ?? fromId(node.id);
      default: return fromId(node.id);
    }
  },
  delta: (net) => entry(net, { tex: '\\delta', text: 'δ' }) ?? (fromUnit(net, '\\delta') && { ...fromUnit(net, '\\delta')!, text: `δ_${net.index}^(${net.layer! + 1})` }),
  adjoint(node, graph) {
    if (!isPreActivation(node, graph)) return undefined;
    if (node.kind === 'net') return this.delta!(node, graph);
    const m = LAYERED_ID.exec(node.id)!;
    return layeredName('\\delta', 'δ', m[2]!, m[3]!);
  },
};

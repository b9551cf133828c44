// Tartu notation (document 004): s_k, a_k numbered through the network, ŷ the output, y the target, E.
import type { Graph, GraphNode } from '../types.js';
import type { DisplayName } from './names.js';
import type { NotationPreset } from './preset.js';

const HAT_Y: DisplayName = { tex: '\\hat{y}', text: 'ŷ' };

/** Neurons are numbered 1, 2, … through the hidden layers, as w1…w13 are. */
function number(node: GraphNode, graph: Graph): number {
  let k = 0;
  for (let l = 1; l < node.layer!; l++) k += graph.layers[l]!.length;
  return k + node.index!;
}

const isOutput = (node: GraphNode, graph: Graph): boolean => node.layer === graph.layers.length - 1;

export const tartu: NotationPreset = {
  id: 'tartu',
  node(node, graph) {
    switch (node.kind) {
      case 'net': return isOutput(node, graph) ? { tex: 's_{\\mathit{out}}', text: 's_out' } : { tex: `s_{${number(node, graph)}}`, text: `s${number(node, graph)}` };
      case 'activation': return isOutput(node, graph) ? HAT_Y : { tex: `a_{${number(node, graph)}}`, text: `a${number(node, graph)}` };
      case 'target': return node.unit !== undefined ? { tex: 'y', text: 'y' } : undefined;
      case 'loss': return { tex: 'E', text: 'E' };
      case 'lossTerm': return { tex: 'E', text: 'E' };
      default: return node.id === 'yhat' ? HAT_Y : undefined;
    }
  },
};

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

/** With more than one output each output's name carries its index (ŷ_1, ŷ_2, s_{out,1}, y_1, E_1); one output has none. */
function outputIndex(node: GraphNode, graph: Graph): number | undefined {
  const outputs = graph.layers[graph.layers.length - 1]!;
  if (outputs.length < 2) return undefined;
  const k = outputs.indexOf(node.unit ?? node.id);
  return k < 0 ? undefined : k + 1;
}

/** A name with the output's index when it has one: ŷ → ŷ_2. */
function indexed(name: DisplayName, k: number | undefined, tex = name.tex): DisplayName {
  return k === undefined ? name : { tex: `${tex}_{${k}}`, text: `${name.text}_${k}` };
}

export const tartu: NotationPreset = {
  id: 'tartu',
  node(node, graph) {
    switch (node.kind) {
      case 'net': {
        if (!isOutput(node, graph)) return { tex: `s_{${number(node, graph)}}`, text: `s${number(node, graph)}` };
        const k = outputIndex(node, graph);
        return k === undefined ? { tex: 's_{\\mathit{out}}', text: 's_out' } : { tex: `s_{\\mathit{out},${k}}`, text: `s_out${k}` };
      }
      case 'activation': return isOutput(node, graph) ? indexed(HAT_Y, outputIndex(node, graph)) : { tex: `a_{${number(node, graph)}}`, text: `a${number(node, graph)}` };
      case 'target': return node.unit !== undefined ? indexed({ tex: 'y', text: 'y' }, outputIndex(node, graph)) : undefined;
      case 'loss': return { tex: 'E', text: 'E' };
      case 'lossTerm': return indexed({ tex: 'E', text: 'E' }, outputIndex(node, graph));
      default: return node.id === 'yhat' ? HAT_Y : undefined;
    }
  },
};

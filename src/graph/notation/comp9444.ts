// COMP9444 notation (document 003): u_i, y_i hidden; s, z output; w_ij, v_j, b_i, c weights; t target; E.
import type { Graph, GraphNode } from '../types.js';
import type { DisplayName } from './names.js';
import type { NotationPreset } from './preset.js';
import { withExampleIndex } from './batchEntry.js';

const isOutput = (node: GraphNode, graph: Graph): boolean => node.layer === graph.layers.length - 1;

/** s, z for a single output; s_k, z_k for several. */
function indexed(base: string, node: GraphNode, single: boolean): DisplayName {
  return single ? { tex: base, text: base } : { tex: `${base}_{${node.index}}`, text: `${base}_${node.index}` };
}

/** u_j, y_j in the one hidden layer; with more, each carries its hidden layer, u_j^{(1)}, u_j^{(2)}, so no two print alike. */
function hidden(base: string, node: GraphNode, graph: Graph): DisplayName {
  const name = indexed(base, node, false);
  if (graph.layers.length <= 3 || node.layer === undefined) return name;
  return { tex: `${name.tex}^{(${node.layer})}`, text: `${name.text}^(${node.layer})` };
}

export const comp9444: NotationPreset = {
  id: 'comp9444',
  node(node, graph) {
    const named = unitName(node, graph);
    // a loss term belongs to the example of the output it compares (E_{1,e2})
    const example = node.example ?? (node.kind === 'lossTerm' ? graph.nodes.get(node.parents[1] ?? '')?.example : undefined);
    return named && withExampleIndex(named, example);
  },
};

/** The name of a node of one example (or of a network without examples). */
function unitName(node: GraphNode, graph: Graph): DisplayName | undefined {
  const single = graph.layers.at(-1)?.length === 1;
  switch (node.kind) {
    case 'net': return isOutput(node, graph) ? indexed('s', node, single) : hidden('u', node, graph);
    case 'activation': return isOutput(node, graph) ? indexed('z', node, single) : hidden('y', node, graph);
    case 'target': return node.index !== undefined ? indexed('t', node, single) : undefined;
    case 'lossTerm': return { tex: `E_{${node.index}}`, text: `E_${node.index}` };
    case 'loss': return { tex: 'E', text: 'E' };
    default: return undefined;
  }
}

// COMP9444 notation (document 003): u_i, y_i hidden; s, z output; w_ij, v_j, b_i, c weights; t target; E.
import type { Graph, GraphNode } from '../types.js';
import type { DisplayName } from './names.js';
import type { NotationPreset } from './preset.js';

const isOutput = (node: GraphNode, graph: Graph): boolean => node.layer === graph.layers.length - 1;

/** s, z for a single output; s_k, z_k for several. */
function indexed(base: string, node: GraphNode, single: boolean): DisplayName {
  return single ? { tex: base, text: base } : { tex: `${base}_{${node.index}}`, text: `${base}_${node.index}` };
}

export const comp9444: NotationPreset = {
  id: 'comp9444',
  node(node, graph) {
    const single = graph.layers.at(-1)?.length === 1;
    switch (node.kind) {
      case 'net': return isOutput(node, graph) ? indexed('s', node, single) : indexed('u', node, false);
      case 'activation': return isOutput(node, graph) ? indexed('z', node, single) : indexed('y', node, false);
      case 'target': return node.index !== undefined ? indexed('t', node, single) : undefined;
      case 'lossTerm': return { tex: `E_{${node.index}}`, text: `E_${node.index}` };
      case 'loss': return { tex: 'E', text: 'E' };
      default: return undefined;
    }
  },
};

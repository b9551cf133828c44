// Andrew Ng's notation (Deep Learning Specialization): z_j^{[l]}, a_j^{[l]} with the inputs as layer 0, the cost J, the learning rate α.
import type { GraphNode } from '../types.js';
import type { DisplayName } from './names.js';
import type { NotationPreset } from './preset.js';
import { batchEntry } from './batchEntry.js';

/** A neuron's symbol: layer l counted from the first hidden layer, as Ng's W^{[1]} does. */
function fromUnit(node: GraphNode, base: string): DisplayName | undefined {
  return node.layer !== undefined && node.index !== undefined ? { tex: `${base}_{${node.index}}^{[${node.layer}]}`, text: `${base}_${node.index}^[${node.layer}]` } : undefined;
}

export const ng: NotationPreset = {
  id: 'ng',
  node(node, graph) {
    const entry = batchEntry(node, true, (l) => `[${l}]`);
    if (entry) return entry;
    switch (node.kind) {
      case 'net': return fromUnit(node, 'z');
      case 'activation': return fromUnit(node, 'a');
      case 'target': return graph.layers.at(-1)?.length === 1 || !node.index ? { tex: 'y', text: 'y' } : { tex: `y_{${node.index}}`, text: `y_${node.index}` };
      case 'loss': return { tex: 'J', text: 'J' };
      default: return undefined;
    }
  },
};

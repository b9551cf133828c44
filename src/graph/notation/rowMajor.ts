// The row-major convention of code-first courses (Z = X W + b, one example per row): scalars z_j^{(l)}, a_j^{(l)}, inputs as layer 0.
import type { GraphNode } from '../types.js';
import type { DisplayName } from './names.js';
import type { NotationPreset } from './preset.js';
import { batchEntry } from './batchEntry.js';

function fromUnit(node: GraphNode, base: string, baseText = base): DisplayName | undefined {
  return node.layer !== undefined && node.index !== undefined ? { tex: `${base}_{${node.index}}^{(${node.layer})}`, text: `${baseText}_${node.index}^(${node.layer})` } : undefined;
}

export const rowMajor: NotationPreset = {
  id: 'row-major',
  node(node, graph) {
    const entry = batchEntry(node, false, (l) => `(${l})`);
    if (entry) return entry;
    switch (node.kind) {
      case 'net': return fromUnit(node, 'z');
      case 'activation': return fromUnit(node, 'a');
      case 'target': return graph.layers.at(-1)?.length === 1 || !node.index ? { tex: 'y', text: 'y' } : { tex: `y_{${node.index}}`, text: `y_${node.index}` };
      case 'loss': return { tex: 'E', text: 'E' };
      default: return undefined;
    }
  },
  delta: (net) => batchEntry(net, false, (l) => `(${l})`, { tex: '\\Delta', text: 'Δ' }) ?? fromUnit(net, '\\delta', 'δ'),
};

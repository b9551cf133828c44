// Mazur's notation (documents 000, 001): net/out, target, E_total, δ_o1, w⁺.
import { subscriptTex } from './names.js';
import type { NotationPreset } from './preset.js';

export const mazur: NotationPreset = {
  id: 'mazur',
  node(node) {
    const u = node.unit !== undefined ? subscriptTex(node.unit) : '';
    switch (node.kind) {
      case 'net': return { tex: `\\mathit{net}_{${u}}`, text: node.id };
      case 'activation': return { tex: `\\mathit{out}_{${u}}`, text: node.id };
      case 'target': return node.unit ? { tex: `\\mathit{target}_{${u}}`, text: node.id } : undefined;
      case 'lossTerm': return { tex: `E_{${u}}`, text: node.id };
      case 'loss': return { tex: 'E_{\\mathit{total}}', text: 'E_total' };
      default: return undefined;
    }
  },
};

// Rule loss-letter: a bare E is the total loss when the document never writes the loss by the network's name, and ∂E/∂x follows.
import { isQuantity } from '../bindingTable.js';
import type { NameRule } from '../nameRule.js';

const DERIVATIVE = /^∂(.+?)\/∂(.+)$/;

export const lossLetter: NameRule = {
  name: 'loss-letter',
  apply(table, ctx) {
    const rootKey = ctx.nodeKey(ctx.net.graph.root) ?? '';
    // A document that writes E_total uses a bare E for something else (another example on the same slides).
    const root = ctx.read.names.has(rootKey) ? undefined : table.get(rootKey);
    if (!isQuantity(root)) return;
    table.bind('E', { id: root.id, rule: 'loss-letter' });
    for (const [key, id] of [...table.quantities()]) {
      const m = DERIVATIVE.exec(key);
      if (m && table.idOf(m[1]!) === root.id) table.bind(`∂E/∂${m[2]}`, { id, rule: 'loss-letter' });
    }
  },
};

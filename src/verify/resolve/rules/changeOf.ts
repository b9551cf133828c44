// Rule change-of: Δw (Δw_{11}^{(1)}, \Delta w_5) is the change of the parameter w, η ∂E/∂w as derive --delta-w prints
// it, or −η ∂E/∂w where the document's printed values say so; a document that writes Δ alone multiplies by its Δ.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { printedAgreement } from '../agreement.js';
import type { NameRule } from '../nameRule.js';

export const changeOf: NameRule = {
  name: 'change-of',
  apply(table, ctx) {
    if (ctx.read.names.has('Delta')) return;
    const changes = new Map<string, string>();
    for (const key of ctx.read.names) {
      if (!key.startsWith('Δ')) continue;
      const ref = parseQuantityId(table.idOf(key.slice(1)) ?? '');
      const node = ref?.kind === 'value' ? ctx.net.graph.nodes.get(ref.node) : undefined;
      if (node?.kind === 'param' && node.trainable) changes.set(key, qid.change(node.id));
    }
    if (changes.size === 0) return;
    const plus = printedAgreement(ctx, (key) => changes.get(key));
    const minus = printedAgreement(ctx, (key) => (changes.has(key) ? `neg$${changes.get(key)!}` : undefined));
    for (const [key, id] of changes) table.bind(key, { id: minus > plus ? `neg$${id}` : id, rule: 'change-of' });
  },
};

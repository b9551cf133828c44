// Rule change-of: Δw (Δw_{11}^{(1)}, \Delta w_5) is the change of the parameter w, η ∂E/∂w as derive --delta-w prints
// it, or −η ∂E/∂w where the document's printed values say so; a document that writes Δ alone multiplies by its Δ.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { printedAgreement } from '../agreement.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { nodeKey } from '../../read/canonicalName.js';
import { chainsOf } from '../../read/readDocument.js';

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
    // where no printed value holds exactly (Δw_1 = 0.04435 from a rounded δ, for 0.0443618), their signs decide
    const negate = minus !== plus ? minus > plus : signs(ctx, changes) < 0;
    for (const [key, id] of changes) table.bind(key, { id: negate ? `neg$${id}` : id, rule: 'change-of' });
  },
};

/** +1 for each printed Δ within 5 % of the change's size with its sign, −1 for each with the other sign. */
function signs(ctx: RuleContext, changes: ReadonlyMap<string, string>): number {
  let score = 0;
  for (const chain of chainsOf(ctx.read)) {
    const key = nodeKey(chain.sides[0]!.node);
    const id = key === null ? undefined : changes.get(key);
    const value = id === undefined ? undefined : ctx.net.valueOf(id);
    if (value === undefined || value === 0) continue;
    for (const side of chain.sides.slice(1)) {
      const n = side.numbers.length === 1 && side.source.trim() === side.numbers[0]!.text ? side.numbers[0]!.value : undefined;
      if (n !== undefined && Math.abs(Math.abs(n) - Math.abs(value)) <= 0.05 * Math.abs(value)) score += Math.sign(n) === Math.sign(value) ? 1 : -1;
    }
  }
  return score;
}

// Rule derivative-alias: ∂L/∂z for ∂E_total/∂net_o once L names the loss and z the net, whatever the document calls them.
import type { BindingTable } from '../bindingTable.js';

const DERIVATIVE = /^∂(.+?)\/∂(.+)$/;

/**
 * Every derivative key of the table whose parts have a document name is bound again, written with the document's
 * names. Returns the keys it bound, in order.
 */
export function addDerivativeAliases(table: BindingTable, docNames: ReadonlyMap<string, readonly string[]>): string[] {
  const added: string[] = [];
  const names = (part: string): readonly string[] => [part, ...(docNames.get(part) ?? [])];
  for (const [key, id] of [...table.quantities()]) {
    const m = DERIVATIVE.exec(key);
    if (!m || (!docNames.has(m[1]!) && !docNames.has(m[2]!))) continue;
    for (const of of names(m[1]!)) {
      for (const wrt of names(m[2]!)) {
        const alias = `∂${of}/∂${wrt}`;
        if (table.bind(alias, { id, rule: 'derivative-alias' })) added.push(alias);
      }
    }
  }
  return added;
}

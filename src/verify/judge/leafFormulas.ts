// A given quantity (an input, target or parameter) defined by a formula of other names (y = x·(x + 2) where y is an input): a new example's function, not a claim about the given number.
import { OperatorNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { isGivenValue, type NetworkView } from '../network/networkView.js';
import { nodeKey } from '../read/canonicalName.js';
import type { ReadDocument } from '../read/readDocument.js';
import type { BindingTable } from '../resolve/bindingTable.js';
import type { EquationClaim } from './judgeDocument.js';
import { regionAside, type OtherExample } from './setAside.js';

/**
 * Statements that write a given quantity as a formula the network's values do not satisfy: the network gives that
 * quantity a number and no formula, so the statement defines a function of its own. A formula that holds at the
 * network's values stays (b = w_0 names the same number twice), and so does one that uses the quantity itself (an
 * update written without a mark, w = w − η g): that is about the quantity, not a new one. Only an equation that
 * says nothing else is set aside.
 */
export function leafFormulas(read: ReadDocument, claims: readonly EquationClaim[], table: BindingTable, net: NetworkView): OtherExample[] {
  const out: OtherExample[] = [];
  for (const c of claims) {
    if (c.kind !== 'formula' || c.verdict !== 'erratum' || !isGivenValue(net, c.quantity)) continue;
    const e = read.equations[c.equation]!;
    const chain = e.parse.skipped ? undefined : e.parse.chains.find((k) => c.start >= k.start && c.start <= k.end);
    const formula = chain?.sides.length === 2 ? chain.sides[1]!.node : undefined;
    if (!formula || !(formula instanceof OperatorNode) || usesItself(formula, c.quantity!, table)) continue;
    if (claims.some((o) => o.equation === c.equation && o.kind !== 'arithmetic' && (o.start < chain!.start || o.start > chain!.end))) continue;
    const reason = `a formula of its own for ${c.subject ?? 'a given quantity'} (${chain!.sides[1]!.source.trim()}), which the network gives as a number: another example`;
    out.push(regionAside(e.equation, reason, claims.filter((o) => o.equation === c.equation).length));
  }
  return out;
}

/** Whether the formula names the quantity it defines. */
function usesItself(formula: MathNode, id: string, table: BindingTable): boolean {
  return formula.filter((n) => n instanceof SymbolNode).some((n) => {
    const key = nodeKey(n);
    const b = key === null ? undefined : table.get(key);
    return b !== undefined && 'id' in b && b.id === id;
  });
}

// Rule derivative-of-names: ∂A/∂B written with any names the table knows is the derivation's quantity for that pair (∂L/∂a_2 → ∂E/∂out_a2).
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import type { NetworkView } from '../../network/networkView.js';
import type { BindingTable } from '../bindingTable.js';

export const DERIVATIVE = /^∂(.+?)\/∂(.+)$/;

/**
 * Binds each of `keys` of the form ∂A/∂B not bound yet whose parts are bound to node values: the gradient when A is
 * the loss, ∂E_k/∂B when A is a loss term, the local partial when B is a parent of A. Returns the keys it bound.
 */
export function bindDerivativesOfNames(table: BindingTable, net: NetworkView, keys: Iterable<string>): string[] {
  const bound: string[] = [];
  const list = [...keys];
  for (const key of list) {
    const m = DERIVATIVE.exec(key);
    if (!m || table.has(key)) continue;
    // ∂E/∂b_1 and ∂E/∂b_2 for one bias shared by both units: each is that unit's part, not the bias's gradient
    if (sharedWrt(table, list, m[1]!, m[2]!)) continue;
    const id = derivativeId(net, table.idOf(m[1]!), table.idOf(m[2]!));
    if (id !== undefined && table.bind(key, { id, rule: 'derivative-of-names' })) bound.push(key);
  }
  return bound;
}

function sharedWrt(table: BindingTable, keys: readonly string[], of: string, wrt: string): boolean {
  const id = table.idOf(wrt);
  if (id === undefined) return false;
  return keys.some((k) => {
    const m = DERIVATIVE.exec(k);
    return m !== null && m[1] === of && m[2] !== wrt && table.idOf(m[2]!) === id;
  });
}

export function derivativeId(net: NetworkView, ofId: string | undefined, wrtId: string | undefined): string | undefined {
  const of = ofId === undefined ? undefined : parseQuantityId(ofId);
  const wrt = wrtId === undefined ? undefined : parseQuantityId(wrtId);
  if (of?.kind !== 'value' || wrt?.kind !== 'value' || of.node === wrt.node) return undefined;
  const has = (id: string): string | undefined => (net.doc.derivation.quantities.has(id) ? id : undefined);
  if (of.node === net.graph.root) return has(qid.adjoint(wrt.node));
  // (a loss term's own operand, out_o1 in E_o1, is its local partial: the derivation has no term partial for it)
  // (a term's partial is its share of the root's gradient: the term's own derivative only where the root adds the term
  // as it is; in a mean over examples, ½(E_A + E_B), it is half of E_A's own and is no reading of ∂E_A/∂z_A)
  if (net.graph.nodes.get(of.node)?.kind === 'lossTerm') {
    const term = has(qid.termPartial(of.node, wrt.node));
    return term !== undefined && net.valueOf(qid.adjoint(of.node)) !== 1 ? undefined : term ?? has(qid.partial(of.node, wrt.node));
  }
  return has(qid.partial(of.node, wrt.node));
}

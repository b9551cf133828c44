// Rule derivative-of-names: ∂A/∂B written with any names the table knows is the derivation's quantity for that pair (∂L/∂a_2 → ∂E/∂out_a2).
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import type { NetworkView } from '../../network/networkView.js';
import type { BindingTable } from '../bindingTable.js';

const DERIVATIVE = /^∂(.+?)\/∂(.+)$/;

/**
 * Binds each of `keys` of the form ∂A/∂B not bound yet whose parts are bound to node values: the gradient when A is
 * the loss, ∂E_k/∂B when A is a loss term, the local partial when B is a parent of A. Returns the keys it bound.
 */
export function bindDerivativesOfNames(table: BindingTable, net: NetworkView, keys: Iterable<string>): string[] {
  const bound: string[] = [];
  for (const key of keys) {
    const m = DERIVATIVE.exec(key);
    if (!m || table.has(key)) continue;
    const id = derivativeId(net, table.idOf(m[1]!), table.idOf(m[2]!));
    if (id !== undefined && table.bind(key, { id, rule: 'derivative-of-names' })) bound.push(key);
  }
  return bound;
}

function derivativeId(net: NetworkView, ofId: string | undefined, wrtId: string | undefined): string | undefined {
  const of = ofId === undefined ? undefined : parseQuantityId(ofId);
  const wrt = wrtId === undefined ? undefined : parseQuantityId(wrtId);
  if (of?.kind !== 'value' || wrt?.kind !== 'value' || of.node === wrt.node) return undefined;
  const has = (id: string): string | undefined => (net.doc.derivation.quantities.has(id) ? id : undefined);
  if (of.node === net.graph.root) return has(qid.adjoint(wrt.node));
  if (net.graph.nodes.get(of.node)?.kind === 'lossTerm') return has(qid.termPartial(of.node, wrt.node));
  return has(qid.partial(of.node, wrt.node));
}

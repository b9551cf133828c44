// A gradient step written without a name for its result (w_5 − lr·∂loss/∂w_5 = 0.3589, an entry of [w_5 …] − lr·[∂loss/∂w_5 …] = [..]): the updated parameter.
import { parseQuantityId, qid } from '../../derive/quantityRef.js';
import { OperatorNode, ParenthesisNode, type MathNode } from '../../util/mathjs.js';
import type { NetworkView } from '../network/networkView.js';
import { nodeKey } from '../read/canonicalName.js';
import type { BindingTable } from './bindingTable.js';

/**
 * The id of p⁺ where `node` is p − (…) with p a trainable parameter and its own gradient ∂E/∂p among the factors
 * subtracted; undefined otherwise (a step without p's gradient in it says nothing about which update it is).
 */
export function updateQuantity(node: MathNode, table: BindingTable, net: NetworkView): string | undefined {
  while (node instanceof ParenthesisNode) node = node.content;
  if (!(node instanceof OperatorNode) || node.fn !== 'subtract' || node.args.length !== 2) return undefined;
  const [from, step] = node.args as [MathNode, MathNode];
  const key = nodeKey(from instanceof ParenthesisNode ? from.content : from);
  const ref = parseQuantityId((key === null ? undefined : table.idOf(key)) ?? '');
  if (ref?.kind !== 'value' || net.nodeOf(qid.value(ref.node))?.kind !== 'param') return undefined;
  const gradient = qid.adjoint(ref.node);
  let found = false;
  step.traverse((n) => {
    const k = found ? null : nodeKey(n);
    if (k !== null && table.idOf(k) === gradient) found = true;
  });
  return found ? net.updateOf(qid.value(ref.node)) : undefined;
}

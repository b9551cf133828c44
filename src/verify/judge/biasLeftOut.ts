// A net input worked out in numbers without its bias ((0.40)(0.5944) + (0.50)(0.5963) for w5 h1 + w7 h2 + b2): the engine's sum with that one term left out.
import { parseQuantityId } from '../../derive/quantityRef.js';
import { SymbolNode, type MathNode } from '../../util/mathjs.js';
import { sum } from '../../util/mathNodes.js';
import type { NetworkView } from '../network/networkView.js';
import { flatten } from './alignLists.js';

/**
 * Rule bias left out: a page that writes a unit's net input as its weighted inputs alone has left the bias out (a sum
 * with a term missing, which its result then shows); the numbers it does write still stand for the weights and inputs
 * they are written for. The engine's formulas that are sums of products and one lone, added parameter, without it.
 */
export function withoutBias(formulas: readonly MathNode[], net: NetworkView): MathNode[] {
  return formulas.flatMap((f) => {
    const terms = flatten(f, 'sum');
    const lone = terms.filter((t) => !t.minus && isParameter(t.node, net));
    if (lone.length !== 1 || terms.length < 3 || terms.some((t) => t.minus)) return [];
    return [sum(terms.filter((t) => t !== lone[0]).map((t) => t.node))];
  });
}

function isParameter(node: MathNode, net: NetworkView): boolean {
  if (!(node instanceof SymbolNode)) return false;
  const ref = parseQuantityId(node.name);
  return ref?.kind === 'value' && net.graph.nodes.get(ref.node)?.kind === 'param';
}

// Explainer another-quantity (log base): a loss printed with the base-10 logarithm where the network's is natural (−log₁₀ 0.5939 = 0.2263 for 0.5211).
import { ConstantNode, FunctionNode, OperatorNode, SymbolNode, type MathNode } from '../../../util/mathjs.js';
import type { NetworkView } from '../../network/networkView.js';
import { finiteValue } from '../../../util/mathNodes.js';
import { atDecimals } from '../verdict.js';
import { reproduces, type Slip } from './slip.js';

/** How many definitions deep a logarithm is looked for (E_total → E_o2 → −t ln o). */
const DEPTH = 3;

/** The quantity's value with every natural logarithm in its definition (and those it names) taken to base 10. */
export function logBaseSlip(net: NetworkView, printed: string, subjectId: string): Slip | undefined {
  const def = net.doc.derivation.quantities.get(subjectId)?.def;
  if (!def) return undefined;
  const value = base10(def, net, DEPTH);
  if (value === undefined || value === net.valueOf(subjectId) || !reproduces(printed, value)) return undefined;
  return { slip: 'another-quantity', detail: `${printed} is ${net.nameOf(subjectId)} with the base-10 logarithm (${atDecimals(value, 9)}), not the natural one` };
}

/** The definition's value with log → log10, or undefined where it holds no logarithm (or a name has no value). */
function base10(def: MathNode, net: NetworkView, depth: number): number | undefined {
  let changed = false;
  let missing = false;
  const logs = def.transform((n) => {
    if (!(n instanceof FunctionNode) || n.fn.name !== 'log' || n.args.length !== 1) return n;
    changed = true;
    // ln x / ln 10: the lean mathjs has no log10
    return new OperatorNode('/', 'divide', [n, new ConstantNode(Math.LN10)]);
  });
  const tree = logs.transform((n, path) => {
    if (!(n instanceof SymbolNode) || path === 'fn') return n;
    const inner = depth > 0 ? net.doc.derivation.quantities.get(n.name)?.def : undefined;
    const deeper = inner ? base10(inner, net, depth - 1) : undefined;
    if (deeper !== undefined) changed = true;
    const v = deeper ?? net.valueOf(n.name);
    if (v === undefined) missing = true;
    return new ConstantNode(v ?? 0);
  });
  return changed && !missing ? finiteValue(tree) : undefined;
}

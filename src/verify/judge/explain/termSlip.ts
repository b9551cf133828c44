// Explainers wrong-learning-rate and missing-term: an update computed with another η (or with the step's sign turned), or a sum with one of its terms left out.
import { ConstantNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../../util/mathjs.js';
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import type { NetworkView } from '../../network/networkView.js';
import { atDecimals } from '../verdict.js';
import { reproduces, type Slip } from './slip.js';
import { finiteValue } from '../../../util/mathNodes.js';

/** Learning rates documents use; with the network's η times or over 2 and 10. */
const USUAL_RATES = [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 1, 2];

/** w⁺ printed as w − η′·∂E/∂w for a learning rate η′ other than the network's. */
export function learningRateSlip(net: NetworkView, printed: string, subjectId: string): Slip | undefined {
  const ref = parseQuantityId(subjectId);
  if (ref?.kind === 'eta') return { slip: 'wrong-learning-rate', detail: `the network's learning rate is ${net.exact('eta')}` };
  if (ref?.kind !== 'update') return undefined;
  const [w, g, eta] = [net.valueOf(qid.value(ref.node)), net.valueOf(qid.adjoint(ref.node)), net.valueOf('eta')];
  if (w === undefined || g === undefined || eta === undefined || g === 0) return undefined;
  // w + η·∂E/∂w: the step taken up the gradient, a sign slip in the update
  if (reproduces(printed, w + eta * g)) return { slip: 'sign', detail: `${printed} is ${net.nameOf(qid.value(ref.node))} + η · ${net.nameOf(qid.adjoint(ref.node))}: the step added, not subtracted` };
  const rates = [...USUAL_RATES, eta * 2, eta / 2, eta * 10, eta / 10].filter((r) => Math.abs(r - eta) > 1e-12);
  const rate = rates.find((r) => reproduces(printed, w - r * g));
  return rate === undefined ? undefined : { slip: 'wrong-learning-rate', detail: `${printed} is ${net.nameOf(qid.value(ref.node))} − ${Number(rate.toPrecision(6))} · ${net.nameOf(qid.adjoint(ref.node))}: learning rate ${Number(rate.toPrecision(6))}, not ${eta}` };
}

/**
 * A quantity that is a sum (a net's weighted inputs, a unit's paths back from the loss), or a product with such a sum
 * among its factors (a hidden δ = (Σ paths) · σ′), printed without one of the sum's terms.
 */
export function missingTermSlip(net: NetworkView, printed: string, subjectId: string): Slip | undefined {
  const def = net.doc.derivation.quantities.get(subjectId)?.def;
  const total = net.valueOf(subjectId);
  if (!def || total === undefined || reproduces(printed, total)) return undefined;
  for (const { sum, scale } of sumsIn(def, net, 1, 3)) {
    const terms = sumTerms(sum);
    if (terms.length < 2) continue;
    for (const term of terms) {
      const t = valueOf(term, net);
      if (t === undefined || t === 0 || !reproduces(printed, total - scale * t)) continue;
      const shown = term.toString({ handler: (n: MathNode) => (n instanceof SymbolNode ? net.nameOf(n.name) : undefined) });
      return { slip: 'missing-term', detail: `${printed} is ${net.nameOf(subjectId)} without the term ${shown} (${atDecimals(total - scale * t, 9)})` };
    }
  }
  return undefined;
}

/**
 * The sums a definition is made of, each with the factor it is multiplied by in the whole: the definition itself, a
 * factor of a product, and (up to `depth` references deep) the definitions of the quantities those name.
 */
function sumsIn(node: MathNode, net: NetworkView, scale: number, depth: number): { sum: MathNode; scale: number }[] {
  const n = node instanceof ParenthesisNode ? node.content : node;
  if (n instanceof SymbolNode) {
    const def = depth > 0 ? net.doc.derivation.quantities.get(n.name)?.def : undefined;
    return def ? sumsIn(def, net, scale, depth - 1) : [];
  }
  if (n instanceof OperatorNode && n.fn === 'multiply' && n.args.length === 2) {
    const [a, b] = [valueOf(n.args[0]!, net), valueOf(n.args[1]!, net)];
    if (a === undefined || b === undefined) return [];
    return [...sumsIn(n.args[0]!, net, scale * b, depth), ...sumsIn(n.args[1]!, net, scale * a, depth)];
  }
  return sumTerms(n).length > 1 ? [{ sum: n, scale }] : [];
}

function sumTerms(node: MathNode): MathNode[] {
  const n = node instanceof ParenthesisNode ? node.content : node;
  if (n instanceof OperatorNode && n.fn === 'add' && n.args.length === 2) return [...sumTerms(n.args[0]!), ...sumTerms(n.args[1]!)];
  if (n instanceof OperatorNode && n.fn === 'subtract' && n.args.length === 2) return [...sumTerms(n.args[0]!), new OperatorNode('-', 'unaryMinus', [n.args[1]!])];
  return [n];
}

function valueOf(term: MathNode, net: NetworkView): number | undefined {
  let missing = false;
  const numeric = term.transform((n) => {
    if (!(n instanceof SymbolNode)) return n;
    const v = net.valueOf(n.name);
    if (v === undefined) missing = true;
    return new ConstantNode(v ?? 0);
  });
  if (missing) return undefined;
  return finiteValue(numeric);
}

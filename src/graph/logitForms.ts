// Losses from logits: a loss formula's log(o) and 1 − o, when o is a sigmoid or softmax output, get an evaluation twin over
// the net (log σ(net) = −softplus(−net), 1 − σ(net) = σ(−net), log-softmax), so that E stays finite and exact where the
// output has rounded to 0 or 1 (net = ±40, ±800); the printed formula is the loss's own.
import { twinOf, withTwin } from '../util/evaluationTwin.js';
import { activationOfCall } from './activations/index.js';
import { fn, neg, type MathNode } from '../util/mathNodes.js';
import { rebuild } from '../util/walkTree.js';
import type { Activation } from './activations/activation.js';

type N = MathNode & { isSymbolNode?: boolean; isFunctionNode?: boolean; isOperatorNode?: boolean; isConstantNode?: boolean; name?: string; fn?: string | { name?: string }; args?: MathNode[]; value?: unknown };

export interface LogitOutput {
  /** The output's symbol name in the tree (out_o1, or o in a template). */
  out: string;
  activation: Activation;
  /** The output's own formula over its nets (1/(1 + e^(−net)), e^(net_j)/Σ e^(net_k)). */
  value: MathNode;
  /** Its net (for the complement 1 − out). */
  net: MathNode;
}

/** `tree`, with a twin that reads log(out) and 1 − out from the net when the activation allows it (else `tree` as is). */
export function lossFromLogits(tree: MathNode, o: LogitOutput): MathNode {
  const logits = o.activation.logits;
  if (!logits) return tree;
  const isOut = (x: MathNode): boolean => (x as N).isSymbolNode === true && (x as N).name === o.out;
  const complements = new Set<MathNode>();
  const twin = rebuild(tree, (node) => {
    const n = node as N;
    const logOf = n.isFunctionNode && (n.fn as { name?: string }).name === 'log' && n.args!.length === 1 ? n.args![0]! : undefined;
    // log(out) → log σ(net), or the log of the activation's formula (compileExpr evaluates log-softmax stably)
    if (logOf && isOut(logOf)) return logits.log ? logits.log(o.net) : fn('log', o.value);
    // log(1 − out) → log σ(−net) (its child 1 − out was replaced just before)
    if (logOf && complements.has(logOf) && logits.log) return logits.log(neg(o.net));
    // 1 − out → the complement over the net
    if (logits.complement && n.isOperatorNode && n.fn === 'subtract' && isOne(n.args![0]!) && isOut(n.args![1]!)) {
      const c = logits.complement(o.net);
      complements.add(c);
      return c;
    }
    return node;
  });
  return twin === tree ? tree : withTwin(tree, twin);
}

function isOne(x: MathNode): boolean {
  const n = x as N;
  return n.isConstantNode === true && Number(n.value) === 1;
}

/**
 * A graph formula that reads nodes y = sigmoid(u) (y: sigmoid(w*x + b), E: -(t*log(y) + (1-t)*log(1-y))): log(y), 1 − y
 * and log(1 − y) evaluated from u, as for a layered network's output.
 */
export function graphLossFromLogits(expr: MathNode, parents: readonly string[], exprOf: (id: string) => MathNode | undefined): MathNode {
  let out = expr;
  for (const p of parents) {
    const call = exprOf(p) as N | undefined;
    const name = call?.isFunctionNode ? (call.fn as { name?: string }).name : undefined;
    const activation = name === undefined ? undefined : activationOfCall(name);
    if (!activation?.logits || call!.args!.length !== 1) continue;
    const twinned = lossFromLogits(twinOf(out) ?? out, { out: p, activation, value: call!, net: call!.args![0]! });
    if (twinned !== (twinOf(out) ?? out)) out = withTwin(out, twinOf(twinned)!);
  }
  return out;
}

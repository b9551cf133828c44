// Evaluates the overflow-prone slide forms (sigmoid quotients, log of a sigmoid, log-sum-exp, softmax) stably; printing is untouched.
import type { MathNode } from 'mathjs';
import { activationOfCall } from '../graph/activations/index.js';
import { expRatio, logSigmoid, logSumExp, sigmoidSlope, softplus, stableSigmoid } from '../util/stableMath.js';
import type { Compiled } from './compileExpr.js';

type Node = MathNode & Record<string, unknown>;
type Compile = (node: MathNode) => Compiled;

function bare(node: MathNode): Node {
  let n = node as Node;
  while (n.type === 'ParenthesisNode') n = n.content as Node;
  return n;
}

function isOp(n: Node, fn: string): boolean {
  return n.type === 'OperatorNode' && n.fn === fn;
}

function args(n: Node): Node[] {
  return (n.args as MathNode[]).map(bare);
}

function isConst(n: Node, value: number): boolean {
  return n.type === 'ConstantNode' && Number(n.value) === value;
}

/** The argument of exp(u), or undefined. */
function expArg(n: Node): Node | undefined {
  return n.type === 'FunctionNode' && (n.fn as { name?: string }).name === 'exp' && (n.args as MathNode[]).length === 1 ? args(n)[0] : undefined;
}

/** Terms of a chain of additions: a + (b + c) → [a, b, c]. */
function terms(n: Node): Node[] {
  return isOp(n, 'add') ? args(n).flatMap(terms) : [n];
}

/** v when n is 1 + e^v (in either order). */
function onePlusExp(n: Node): Node | undefined {
  const t = terms(n);
  if (t.length !== 2) return undefined;
  const [a, b] = t as [Node, Node];
  if (isConst(a, 1)) return expArg(b);
  if (isConst(b, 1)) return expArg(a);
  return undefined;
}

/** The arguments when n is e^(b_1) + … + e^(b_k) (k = 1: a one-unit softmax, e^net / e^net). */
function sumOfExps(n: Node): Node[] | undefined {
  const t = terms(n);
  const inner = t.map(expArg);
  return inner.every((x) => x !== undefined) ? (inner as Node[]) : undefined;
}

const same = (a: Node, b: Node): boolean => a.toString() === b.toString();

/** σ(−v) as a closure when n is 1 / (1 + e^v), or e^v / (1 + e^v) as σ(v). */
function sigmoidOf(n: Node, compile: Compile): Compiled | undefined {
  if (!isOp(n, 'divide')) return undefined;
  const [num, den] = args(n) as [Node, Node];
  const v = onePlusExp(den);
  if (!v) return undefined;
  const x = compile(v);
  if (isConst(num, 1)) return (s) => stableSigmoid(-x(s));
  const top = expArg(num);
  if (top && same(top, v)) return (s) => stableSigmoid(x(s));
  return undefined;
}

function stableQuotient(n: Node, compile: Compile): Compiled | undefined {
  const sig = sigmoidOf(n, compile);
  if (sig) return sig;
  const [num, den] = args(n) as [Node, Node];
  // t / o with t = 0 is 0 when o is a quantity or a sigmoid formula (a softmax or sigmoid output, or 1 − σ read from the
  // logits: positive in exact arithmetic, 0 only by underflow).
  const sigmoidBelow = sigmoidOf(den, compile);
  if ((num.type === 'SymbolNode' && den.type === 'SymbolNode') || sigmoidBelow) {
    const [t, o] = [compile(num), compile(den)];
    return (s) => {
      const top = t(s);
      return top === 0 ? 0 : top / o(s);
    };
  }
  const top = expArg(num);
  if (!top) return undefined;
  // e^v / (1 + e^v)^2 = σ(v)σ(−v): the slope of a sigmoid written as a quotient (mathjs's derivative of 1/(1+e^−x)).
  if (isOp(den, 'pow') && isConst(args(den)[1]!, 2)) {
    const v = onePlusExp(args(den)[0]!);
    if (v && same(v, top)) {
      const x = compile(v);
      return (s) => sigmoidSlope(x(s));
    }
  }
  const bs = sumOfExps(den);
  if (!bs) return undefined;
  const a = compile(top);
  const b = bs.map(compile);
  return (s) => expRatio(a(s), b.map((f) => f(s)));
}

/** log(e^a / Σ e^(b_i)) = a − log Σ e^(b_i): the log of a softmax output (a loss from its logits), finite where it underflows. */
function logOfExpRatio(arg: Node, compile: Compile): Compiled | undefined {
  if (!isOp(arg, 'divide')) return undefined;
  const [num, den] = args(arg) as [Node, Node];
  const top = expArg(num);
  const bs = top ? sumOfExps(den) : undefined;
  if (!top || !bs) return undefined;
  const a = compile(top);
  const b = bs.map(compile);
  return (s) => a(s) - logSumExp(b.map((f) => f(s)));
}

function stableLog(arg: Node, compile: Compile): Compiled | undefined {
  const plus = onePlusExp(arg);
  if (plus) {
    const x = compile(plus);
    return (s) => softplus(x(s));
  }
  // log f(x) of an activation call with a stable log form (log σ(x) = −softplus(−x)), from the activation's file
  const logOf = arg.type === 'FunctionNode' ? activationOfCall((arg.fn as { name?: string }).name)?.call?.log : undefined;
  if (logOf) {
    const x = compile(args(arg)[0]!);
    return (s) => logOf(x(s));
  }
  const softmaxLog = logOfExpRatio(arg, compile);
  if (softmaxLog) return softmaxLog;
  const inner = isOp(arg, 'divide') ? onePlusExp(args(arg)[1]!) : undefined;
  if (inner && (isConst(args(arg)[0]!, 1) || same(expArg(args(arg)[0]!) ?? arg, inner))) {
    const x = compile(inner);
    // log(1/(1+e^v)) = −softplus(v); log(e^v/(1+e^v)) = log σ(v).
    return isConst(args(arg)[0]!, 1) ? (s) => -softplus(x(s)) : (s) => logSigmoid(x(s));
  }
  const bs = sumOfExps(arg);
  if (!bs) return undefined;
  const b = bs.map(compile);
  return (s) => logSumExp(b.map((f) => f(s)));
}

/**
 * t · log(o) is 0 when t is 0: o is an exp or sigmoid output, positive in exact arithmetic, so log(o) is
 * finite even when o underflows to 0 in float64 (the cross-entropy convention 0 · log 0 = 0).
 */
function zeroTimesLog(n: Node, compile: Compile): Compiled | undefined {
  const [a, b] = args(n) as [Node, Node];
  const isLog = (x: Node): boolean => x.type === 'FunctionNode' && (x.fn as { name?: string }).name === 'log';
  if (!isLog(a) && !isLog(b)) return undefined;
  const [factor, log] = isLog(b) ? [compile(a), compile(b)] : [compile(b), compile(a)];
  return (s) => {
    const f = factor(s);
    return f === 0 ? 0 : f * log(s);
  };
}

/** A stable closure for an overflow-prone form, or undefined to compile the node as written. */
export function compileStable(node: MathNode, compile: Compile): Compiled | undefined {
  const n = bare(node);
  if (isOp(n, 'multiply')) return zeroTimesLog(n, compile);
  if (isOp(n, 'divide')) return stableQuotient(n, compile);
  if (n.type === 'FunctionNode' && (n.fn as { name?: string }).name === 'log' && (n.args as MathNode[]).length === 1) {
    return stableLog(args(n)[0]!, compile);
  }
  return undefined;
}

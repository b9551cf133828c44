// Prints a mathjs tree as a JavaScript expression (for generated code), or says it must stay a closure.
import type { MathNode } from 'mathjs';
import { ACTIVATIONS, activationCalls } from '../graph/activations/index.js';
import { compileStable } from './stableForms.js';
import { twinOf } from '../util/evaluationTwin.js';
import { TWIN_FUNCTIONS } from '../util/stableMath.js';

type Node = MathNode & Record<string, unknown>;

/** JS source and its precedence (20 = atom), so parentheses appear only where JS needs them. */
interface Printed {
  src: string;
  prec: number;
}

const ATOM = 20;
const UNARY = 14;
const BINARY: Record<string, { js: string; prec: number }> = {
  add: { js: '+', prec: 11 },
  subtract: { js: '-', prec: 11 },
  multiply: { js: '*', prec: 12 },
  divide: { js: '/', prec: 12 },
};
const COMPARE: Record<string, string> = { larger: '>', smaller: '<', largerEq: '>=', smallerEq: '<=', equal: '===' };

/** Functions as compileExpr evaluates them; `H.` names come from `JS_HELPERS` (the activations' own evaluate). */
const FUNCTIONS: Record<string, string> = {
  exp: 'Math.exp', log: 'Math.log', sqrt: 'Math.sqrt', abs: 'Math.abs', sinh: 'Math.sinh',
  cosh: 'Math.cosh', sin: 'Math.sin', cos: 'Math.cos', max: 'Math.max', min: 'Math.min', square: 'H.square',
  ...Object.fromEntries(activationCalls().map((c) => [c.name, `H.${c.name}`])),
  ...Object.fromEntries(Object.keys(TWIN_FUNCTIONS).map((name) => [name, `H.${name}`])),
};

/** 1 / (1 + e^v) is the sigmoid's own formula; generated code calls its evaluate. */
const SIGMOID = ACTIVATIONS.sigmoid.call!.name;

/**
 * The tree as JS over the names `name(symbol)` gives, or undefined when compileExpr would evaluate some part
 * of it by a stable form (then the caller keeps the closure: generated code must compute what the closures do).
 */
export function toJsSource(node: MathNode, name: (symbol: string, node: MathNode) => string | undefined): string | undefined {
  try {
    return print(node, name).src;
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

class Unsupported extends Error {}

const noClosure = () => () => 0;

function print(node: MathNode, name: (symbol: string, node: MathNode) => string | undefined): Printed {
  const sub = (x: MathNode): Printed => print(x, name);
  // A tree with an evaluation twin is computed as the twin, as compileExpr does.
  const twin = twinOf(node);
  if (twin) return sub(twin);
  // 1 / (1 + e^v) is what compileExpr evaluates as stableSigmoid(−v): the same function, so the same bits.
  const v = sigmoidArgument(node);
  if (v) return { src: `H.${SIGMOID}(-${wrap(sub(v), ATOM)})`, prec: ATOM };
  if (compileStable(node, noClosure)) throw new Unsupported();
  const n = node as Node;
  switch (node.type) {
    case 'ConstantNode': {
      const c = Number(n.value);
      if (!Number.isFinite(c)) throw new Unsupported();
      // Negative constants and -0 print as atoms so '- -1' never becomes '--1'.
      return c < 0 || Object.is(c, -0) ? { src: `(${String(c === 0 ? '-0' : c)})`, prec: ATOM } : { src: String(c), prec: ATOM };
    }
    case 'SymbolNode': {
      const js = name(n.name as string, node);
      if (js === undefined) throw new Unsupported();
      return { src: js, prec: ATOM };
    }
    case 'ParenthesisNode':
      return sub(n.content as MathNode);
    case 'OperatorNode':
      return printOperator(n.fn as string, (n.args as MathNode[]).map(sub));
    case 'FunctionNode': {
      const f = FUNCTIONS[(n.fn as { name: string }).name];
      if (!f) throw new Unsupported();
      return { src: `${f}(${(n.args as MathNode[]).map((a) => sub(a).src).join(', ')})`, prec: ATOM };
    }
    case 'ConditionalNode': {
      const [c, a, b] = [sub(n.condition as MathNode), sub(n.trueExpr as MathNode), sub(n.falseExpr as MathNode)];
      return { src: `(${c.src} ? ${a.src} : ${b.src})`, prec: ATOM };
    }
    default:
      throw new Unsupported();
  }
}

/** v when the node is 1 / (1 + exp(v)) (parentheses aside; the 1 on either side of the sum), as stableForms reads it. */
function sigmoidArgument(node: MathNode): MathNode | undefined {
  const n = bare(node);
  if (n.type !== 'OperatorNode' || n.fn !== 'divide') return undefined;
  const [top, den] = (n.args as MathNode[]).map(bare) as [Node, Node];
  if (!isOne(top) || den.type !== 'OperatorNode' || den.fn !== 'add') return undefined;
  const [a, b] = (den.args as MathNode[]).map(bare) as [Node, Node];
  const e = isOne(a) ? b : isOne(b) ? a : undefined;
  const isExp = e?.type === 'FunctionNode' && (e.fn as { name?: string }).name === 'exp' && (e.args as MathNode[]).length === 1;
  return isExp ? (e.args as MathNode[])[0] : undefined;
}

function bare(node: MathNode): Node {
  let n = node as Node;
  while (n.type === 'ParenthesisNode') n = n.content as Node;
  return n;
}

const isOne = (n: Node): boolean => n.type === 'ConstantNode' && Number(n.value) === 1;

const wrap = (p: Printed, below: number): string => (p.prec < below ? `(${p.src})` : p.src);

function printOperator(fn: string, args: Printed[]): Printed {
  // An n-ary sum or product (a long chain): folded left, as the chain it stands for.
  if (args.length > 2) return args.slice(1).reduce((acc, b) => printOperator(fn, [acc, b]), args[0]!);
  const [a, b] = args as [Printed, Printed];
  const bin = BINARY[fn];
  // Left-associative: a left operand of equal precedence needs no parentheses, a right one does.
  if (bin) return { src: `${wrap(a, bin.prec)} ${bin.js} ${wrap(b, bin.prec + 1)}`, prec: bin.prec };
  // JS forbids a unary operand left of **, so both sides of a power are atoms.
  if (fn === 'pow') return { src: `${wrap(a, ATOM)} ** ${wrap(b, ATOM)}`, prec: 13 };
  if (fn === 'unaryMinus') return { src: `-${wrap(a, ATOM)}`, prec: UNARY };
  if (fn === 'unaryPlus') return a;
  const cmp = COMPARE[fn];
  // compileExpr's comparisons give 1 or 0, not booleans.
  if (cmp) return { src: `(${wrap(a, 10)} ${cmp} ${wrap(b, 10)} ? 1 : 0)`, prec: ATOM };
  throw new Unsupported();
}

/** The helpers generated code reads as `H`. */
export const JS_HELPERS: Record<string, (...xs: number[]) => number> = {
  square: (x: number): number => x * x,
  ...Object.fromEntries(activationCalls().map((c) => [c.name, c.evaluate])),
  ...TWIN_FUNCTIONS,
};

// Symbolic derivative of a user's formula in one linear pass, with only cheap local simplifications (0 and 1 dropped).
// Written by hand because mathjs's `derivative` runs its general simplifier, whose time grows exponentially with the
// number of terms (30 terms: over a minute); this pass visits each node once, iteratively, so depth costs no stack.
import type { MathNode } from './mathjs.js';
import { InputError, type SourceLocation } from './errors.js';
import { cond, fn, neg, num, op, stripParens } from './mathNodes.js';
import { OperatorNode } from './mathjs.js';

type Node = MathNode & { args?: MathNode[]; fn?: string | { name?: string }; name?: string; value?: unknown; content?: MathNode; condition?: MathNode; trueExpr?: MathNode; falseExpr?: MathNode; op?: string };

/** Which side of a kink a piecewise function takes there: its derivative at the kink is this (0 by default). */
export const KINK_SLOPE = 0;

/** d node / d variable. */
export function differentiate(node: MathNode, variable: string, where: SourceLocation): MathNode {
  const done = new Map<MathNode, MathNode>();
  const stack: [MathNode, boolean][] = [[node, false]];
  while (stack.length) {
    const [n, expanded] = stack.pop()!;
    if (done.has(n)) continue;
    const kids = children(n as Node);
    if (!expanded && kids.length) {
      stack.push([n, true]);
      for (const k of kids) stack.push([k, false]);
      continue;
    }
    done.set(n, derive(n as Node, variable, (k) => done.get(k)!, where));
  }
  return stripParens(done.get(node)!);
}

function children(n: Node): MathNode[] {
  if (n.type === 'ParenthesisNode') return [n.content!];
  if (n.type === 'ConditionalNode') return [n.trueExpr!, n.falseExpr!];
  return n.type === 'OperatorNode' || n.type === 'FunctionNode' ? n.args! : [];
}

const isZero = (n: MathNode): boolean => n.type === 'ConstantNode' && (n as Node).value === 0;
const isOne = (n: MathNode): boolean => n.type === 'ConstantNode' && (n as Node).value === 1;

function add(a: MathNode, b: MathNode): MathNode {
  return isZero(a) ? b : isZero(b) ? a : op('+', a, b);
}
function sub(a: MathNode, b: MathNode): MathNode {
  return isZero(b) ? a : isZero(a) ? neg(b) : op('-', a, b);
}
function mul(a: MathNode, b: MathNode): MathNode {
  if (isZero(a) || isZero(b)) return num(0);
  if (isOne(a)) return b;
  if (isOne(b)) return a;
  if (constantValue(b) === -1) return neg(a);
  if (constantValue(a) === -1) return neg(b);
  // 1/2 · (2 · u) = u: constant factors meet and fold when their product is a whole number (as a lecturer writes it)
  const [ca, inner] = [constantValue(a), (b as Node).fn === 'multiply' ? (b as Node).args! : undefined];
  const cb = inner ? constantValue(inner[0]!) : undefined;
  if (ca !== undefined && cb !== undefined && Number.isInteger(ca * cb)) return mul(num(ca * cb), inner![1]!);
  return op('*', a, b);
}

/** The value of a tree of numbers only (2, 1/2, −3), else undefined. */
function constantValue(n: MathNode): number | undefined {
  const node = n as Node;
  if (n.type === 'ConstantNode') return typeof node.value === 'number' ? node.value : undefined;
  if (n.type === 'ParenthesisNode') return constantValue(node.content!);
  if (n.type !== 'OperatorNode' || node.args!.length > 2) return undefined;
  const [x, y] = node.args!.map(constantValue);
  if (x === undefined || (node.args!.length === 2 && y === undefined)) return undefined;
  switch (node.fn) {
    case 'divide': return x / y!;
    case 'multiply': return x * y!;
    case 'unaryMinus': return -x;
    default: return undefined;
  }
}
function div(a: MathNode, b: MathNode): MathNode {
  return isZero(a) ? num(0) : isOne(b) ? a : op('/', a, b);
}

function derive(n: Node, v: string, d: (k: MathNode) => MathNode, where: SourceLocation): MathNode {
  switch (n.type) {
    case 'ConstantNode': return num(0);
    case 'SymbolNode': return num(n.name === v ? 1 : 0);
    case 'ParenthesisNode': return d(n.content!);
    case 'ConditionalNode': {
      // A piecewise formula: each branch's derivative on its side (at the boundary, the side the test picks).
      const [a, b] = [d(n.trueExpr!), d(n.falseExpr!)];
      return isZero(a) && isZero(b) ? num(0) : cond(n.condition!, a, b);
    }
    case 'OperatorNode': return deriveOperator(n, d, where);
    case 'FunctionNode': return deriveFunction(n, d, where);
    default: throw new InputError(`cannot differentiate ${n.type}`, where);
  }
}

function deriveOperator(n: Node, d: (k: MathNode) => MathNode, where: SourceLocation): MathNode {
  const [a, b] = n.args!;
  switch (n.fn) {
    case 'add': return add(d(a!), d(b!));
    case 'subtract': return sub(d(a!), d(b!));
    case 'unaryMinus': return isZero(d(a!)) ? num(0) : neg(d(a!));
    case 'unaryPlus': return d(a!);
    // (ab)' = a'b + ab'
    case 'multiply': return add(mul(d(a!), b!), mul(a!, d(b!)));
    // (a/b)' = a'/b − a b' / b²
    case 'divide': return isZero(d(b!)) ? div(d(a!), b!) : sub(div(d(a!), b!), div(mul(a!, d(b!)), op('^', b!, num(2))));
    case 'pow': return derivePow(a!, b!, d);
    default: throw new InputError(`a comparison (${String(n.op)}) has no derivative: write the formula with max, min, relu, abs or step`, where);
  }
}

/** (a^c)' = c a^(c−1) a' for a constant c; else a^b (b' ln a + b a'/a). */
function derivePow(a: MathNode, b: MathNode, d: (k: MathNode) => MathNode): MathNode {
  if (isZero(d(b))) {
    const c = b.type === 'ConstantNode' ? ((b as Node).value as number) : undefined;
    const power = c === 2 ? a : op('^', a, c !== undefined ? num(c - 1) : op('-', b, num(1)));
    return mul(mul(b, power), d(a));
  }
  return mul(op('^', a, b), add(mul(d(b), fn('log', a)), div(mul(b, d(a)), a)));
}

/** Each allowed function's derivative by its argument u, times u' (the chain rule); piecewise ones as cases. */
function deriveFunction(n: Node, d: (k: MathNode) => MathNode, where: SourceLocation): MathNode {
  const name = typeof n.fn === 'string' ? n.fn : n.fn!.name!;
  const args = n.args!;
  const u = args[0]!;
  const du = d(u);
  const gt = (x: MathNode, y: MathNode) => new OperatorNode('>', 'larger', [x, y]);
  const lt = (x: MathNode, y: MathNode) => new OperatorNode('<', 'smaller', [x, y]);
  const kink = num(KINK_SLOPE);
  switch (name) {
    case 'exp': return mul(fn('exp', u), du); // d e^u = e^u
    case 'log': return div(du, u); // d ln u = 1/u
    case 'sqrt': return div(du, mul(num(2), fn('sqrt', u))); // d √u = 1/(2√u)
    case 'square': return mul(mul(num(2), u), du);
    case 'sin': return mul(fn('cos', u), du);
    case 'cos': return neg(mul(fn('sin', u), du));
    case 'sinh': return mul(fn('cosh', u), du);
    case 'cosh': return mul(fn('sinh', u), du);
    case 'tanh': return mul(op('-', num(1), op('^', fn('tanh', u), num(2))), du); // d tanh = 1 − tanh²
    case 'sigmoid': return mul(op('*', fn('sigmoid', u), op('-', num(1), fn('sigmoid', u))), du); // σ' = σ(1 − σ)
    // |u|' = sign(u); at u = 0 the kink convention
    case 'abs': return isZero(du) ? num(0) : cond(gt(u, num(0)), du, cond(lt(u, num(0)), neg(du), kink));
    // max(a, b)' = a' where a > b, b' where b > a, the kink convention where they meet (min likewise)
    case 'max':
    case 'min': {
      const [a, b] = [args[0]!, args[1]!];
      const [da, db] = [d(a), d(b)];
      if (isZero(da) && isZero(db)) return num(0);
      const first = name === 'max' ? gt(a, b) : lt(a, b);
      const second = name === 'max' ? lt(a, b) : gt(a, b);
      return cond(first, da, cond(second, db, kink));
    }
    default: throw new InputError(`cannot differentiate the function '${name}'`, where);
  }
}

// An oracle evaluator for mathjs trees in tests: a plain recursive walk with its own function table, independent of
// the engine's compileExpr (which fuses and stabilises forms), and with the functions mathjs's derivative prints (sech).
import type { MathNode } from '../../src/util/mathjs.js';

const relu = (x: number): number => (x > 0 ? x : 0);
const FUNCTIONS: Record<string, (...xs: number[]) => number> = {
  exp: Math.exp, log: Math.log, sqrt: Math.sqrt, tanh: Math.tanh, sinh: Math.sinh, cosh: Math.cosh, sin: Math.sin, cos: Math.cos,
  tan: Math.tan, sech: (x) => 1 / Math.cosh(x), csch: (x) => 1 / Math.sinh(x), sec: (x) => 1 / Math.cos(x),
  sigmoid: (x) => 1 / (1 + Math.exp(-x)), square: (x) => x * x, abs: Math.abs, sign: Math.sign, relu,
  step: (x) => (x > 0 ? 1 : 0), heaviside: (x) => (x > 0 ? 1 : 0), leaky_relu: (x, a = 0.01) => (x > 0 ? x : a * x),
  max: Math.max, min: Math.min, clip: (x, lo, hi) => Math.min(Math.max(x, lo!), hi!), clamp: (x, lo, hi) => Math.min(Math.max(x, lo!), hi!),
};
const OPERATORS: Record<string, (...xs: number[]) => number> = {
  add: (...xs) => xs.reduce((s, x) => s + x, 0), multiply: (...xs) => xs.reduce((p, x) => p * x, 1),
  subtract: (a, b) => a - b!, divide: (a, b) => a / b!, pow: (a, b) => a ** b!, unaryMinus: (a) => -a, unaryPlus: (a) => a,
  larger: (a, b) => Number(a > b!), smaller: (a, b) => Number(a < b!), largerEq: (a, b) => Number(a >= b!),
  smallerEq: (a, b) => Number(a <= b!), equal: (a, b) => Number(a === b), unequal: (a, b) => Number(a !== b),
};

/** The value of a tree with symbols bound by `scope`; an unknown symbol, function or node kind throws. */
export function evaluateTree(node: MathNode, scope: Readonly<Record<string, number>>): number {
  const n = node as MathNode & Record<string, unknown> & { args?: MathNode[] };
  const ev = (x: unknown): number => evaluateTree(x as MathNode, scope);
  switch (node.type) {
    case 'ConstantNode': return Number(n.value);
    case 'SymbolNode': {
      const name = n.name as string;
      if (name in scope) return scope[name]!;
      if (name === 'e') return Math.E;
      if (name === 'pi') return Math.PI;
      throw new Error(`unknown symbol ${name}`);
    }
    case 'ParenthesisNode': return ev(n.content);
    case 'ConditionalNode': return ev(n.condition) ? ev(n.trueExpr) : ev(n.falseExpr);
    case 'OperatorNode': return call(OPERATORS, n.fn as string, n.args!.map(ev));
    case 'FunctionNode': return call(FUNCTIONS, (n.fn as { name: string }).name, n.args!.map(ev));
    default: throw new Error(`cannot evaluate a ${node.type}`);
  }
}

function call(table: Record<string, (...xs: number[]) => number>, name: string, xs: number[]): number {
  if (!Object.hasOwn(table, name)) throw new Error(`unknown function ${name}`);
  return table[name]!(...xs);
}

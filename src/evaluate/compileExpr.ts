// Compiles a mathjs tree into a JavaScript closure over a Float64Array of slot values (no re-interpretation).
import type { MathNode } from 'mathjs';
import { activationCalls } from '../graph/activations/index.js';
import { compileStable } from './stableForms.js';
import { PIECEWISE } from '../util/piecewise.js';
import { twinOf } from '../util/evaluationTwin.js';
import { TWIN_FUNCTIONS } from '../util/stableMath.js';

export type Compiled = (slots: Float64Array) => number;

/** The math functions formulas may call, and the activations they call by name (sigmoid, tanh) from their own files. */
const FUNCTIONS: Record<string, (...xs: number[]) => number> = {
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  sinh: Math.sinh,
  cosh: Math.cosh,
  sin: Math.sin,
  cos: Math.cos,
  square: (x) => x * x,
  ...Object.fromEntries(Object.entries(PIECEWISE).map(([name, f]) => [name, f.evaluate])),
  ...Object.fromEntries(activationCalls().map((c) => [c.name, c.evaluate])),
  ...TWIN_FUNCTIONS,
};

/** How to compile: `textbook` evaluates the printed forms, not their twins (hand mode: a student computes out(1 − out) from the rounded out). */
export interface CompileOptions {
  textbook?: boolean;
}

/**
 * `slotOf` maps a symbol name to its slot; unknown symbols throw with the name. Overflow-prone forms
 * (1/(1+e^−x), e^x/(1+e^x)^2, log(1+e^x), log Σe^x, e^a/Σe^b) are evaluated stably: ±1000 stays finite; a tree with an
 * evaluation twin (σ' = out(1 − out) as σ(net)σ(−net)) is evaluated as its twin unless `opts.textbook`.
 */
export function compileExpr(node: MathNode, slotOf: (name: string) => number, shared?: Map<MathNode, Compiled>, opts: CompileOptions = {}): Compiled {
  const twin = opts.textbook ? undefined : twinOf(node);
  if (twin) return compileShared(twin, slotOf, shared, opts);
  const n = node as MathNode & Record<string, unknown>;
  // The common shapes of a large network first: a slot (s[i]) and an operator over slots (s[i]·s[j], a(s)·s[j]).
  if (n.isSymbolNode && typeof n.slot === 'number') {
    const i = n.slot;
    return (s) => s[i]!;
  }
  if (n.isOperatorNode) {
    const fused = compileSlotOperator(n.fn as string, n.args as MathNode[], (child) => compileShared(child, slotOf, shared, opts));
    if (fused) return fused;
  }
  const stable = compileStable(node, (child) => compileShared(child, slotOf, shared, opts));
  if (stable) return stable;
  switch (node.type) {
    case 'ConstantNode': {
      const c = Number(n.value);
      return () => c;
    }
    case 'SymbolNode': {
      // Every symbol is a quantity: user formulas bind e and π to constants when they are parsed.
      // Symbols made by the derivation carry their slot; others are looked up by name.
      const i = typeof n.slot === 'number' ? n.slot : slotOf(n.name as string);
      return (s) => s[i]!;
    }
    case 'ParenthesisNode':
      return compileShared(n.content as MathNode, slotOf, shared, opts);
    case 'OperatorNode':
      return compileOperator(n.fn as string, (n.args as MathNode[]).map((a) => compileShared(a, slotOf, shared, opts)));
    case 'FunctionNode': {
      const name = (n.fn as { name: string }).name;
      const f = FUNCTIONS[name];
      if (!f) throw new Error(`cannot evaluate the function ${name}`);
      const args = (n.args as MathNode[]).map((a) => compileShared(a, slotOf, shared, opts));
      if (args.length === 1) {
        const [a] = args as [Compiled];
        return (s) => f(a(s));
      }
      return (s) => f(...args.map((a) => a(s)));
    }
    case 'ConditionalNode': {
      const test = compileShared(n.condition as MathNode, slotOf, shared, opts);
      const yes = compileShared(n.trueExpr as MathNode, slotOf, shared, opts);
      const no = compileShared(n.falseExpr as MathNode, slotOf, shared, opts);
      return (s) => (test(s) ? yes(s) : no(s));
    }
    default:
      throw new Error(`cannot evaluate a ${node.type}`);
  }
}

/**
 * A subtree, compiled once per `shared` map: the derivation shares nodes between quantities (the factor
 * ∂E/∂out_o1 · ∂out_o1/∂net_o1 is one node for every weight into net_o1), so they share one closure.
 */
function compileShared(node: MathNode, slotOf: (name: string) => number, shared: Map<MathNode, Compiled> | undefined, opts: CompileOptions): Compiled {
  const n = node as MathNode & { isSymbolNode?: boolean; isConstantNode?: boolean };
  if (!shared || n.isSymbolNode || n.isConstantNode) return compileExpr(node, slotOf, shared, opts);
  let f = shared.get(node);
  if (!f) shared.set(node, (f = compileExpr(node, slotOf, shared, opts)));
  return f;
}

/** The slot of a derivation's symbol node, if it is one (those carry their slot). */
function slotOfNode(node: MathNode): number | undefined {
  const n = node as MathNode & { isSymbolNode?: boolean; slot?: number };
  return n.isSymbolNode && typeof n.slot === 'number' ? n.slot : undefined;
}

/**
 * One closure for +, − or · with a slot operand (s[i]·s[j], a(s)·s[j], s[i] − a(s)): most quantities of a
 * large network have this shape, and one closure instead of three halves compile time and memory. The
 * arithmetic is the same, in the same order, as the general closures'. Division and products with a
 * function (t·log o) are left to the stable forms.
 */
function compileSlotOperator(fn: string, args: MathNode[], compile: (node: MathNode) => Compiled): Compiled | undefined {
  if (args.length !== 2 || (fn !== 'add' && fn !== 'subtract' && fn !== 'multiply')) return undefined;
  const i = slotOfNode(args[0]!);
  const j = slotOfNode(args[1]!);
  if (i !== undefined && j !== undefined) {
    switch (fn) {
      case 'add': return (s) => s[i]! + s[j]!;
      case 'subtract': return (s) => s[i]! - s[j]!;
      default: return (s) => s[i]! * s[j]!;
    }
  }
  const isArithmetic = (n: MathNode): boolean => (n as { isOperatorNode?: boolean }).isOperatorNode === true;
  if (j !== undefined && isArithmetic(args[0]!)) {
    const a = compile(args[0]!);
    switch (fn) {
      case 'add': return (s) => a(s) + s[j]!;
      case 'subtract': return (s) => a(s) - s[j]!;
      default: return (s) => a(s) * s[j]!;
    }
  }
  if (i !== undefined && isArithmetic(args[1]!)) {
    const b = compile(args[1]!);
    switch (fn) {
      case 'add': return (s) => s[i]! + b(s);
      case 'subtract': return (s) => s[i]! - b(s);
      default: return (s) => s[i]! * b(s);
    }
  }
  return undefined;
}

function compileOperator(fn: string, args: Compiled[]): Compiled {
  if (args.length > 2) return compileChain(fn, args);
  const [a, b] = args as [Compiled, Compiled];
  switch (fn) {
    case 'add': return (s) => a(s) + b(s);
    case 'subtract': return (s) => a(s) - b(s);
    case 'multiply': return (s) => a(s) * b(s);
    case 'divide': return (s) => a(s) / b(s);
    case 'pow': return (s) => a(s) ** b(s);
    case 'unaryMinus': return (s) => -a(s);
    case 'unaryPlus': return a;
    case 'larger': return (s) => (a(s) > b(s) ? 1 : 0);
    case 'smaller': return (s) => (a(s) < b(s) ? 1 : 0);
    case 'largerEq': return (s) => (a(s) >= b(s) ? 1 : 0);
    case 'smallerEq': return (s) => (a(s) <= b(s) ? 1 : 0);
    case 'equal': return (s) => (a(s) === b(s) ? 1 : 0);
    default: throw new Error(`cannot evaluate the operator ${fn}`);
  }
}

/** An n-ary sum or product (a long chain, see mathNodes.sum): one loop, left to right, as the chain would round. */
function compileChain(fn: string, args: Compiled[]): Compiled {
  const [first, ...rest] = args as [Compiled, ...Compiled[]];
  if (fn === 'add') {
    return (s) => {
      let acc = first(s);
      for (const f of rest) acc += f(s);
      return acc;
    };
  }
  if (fn === 'multiply') {
    return (s) => {
      let acc = first(s);
      for (const f of rest) acc *= f(s);
      return acc;
    };
  }
  throw new Error(`cannot evaluate the operator ${fn} of ${args.length} operands`);
}

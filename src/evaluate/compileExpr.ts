// Compiles a mathjs tree into a JavaScript closure over a Float64Array of slot values (no re-interpretation).
import type { MathNode } from 'mathjs';
import { stableSigmoid } from '../util/stableMath.js';
import { compileStable } from './stableForms.js';

export type Compiled = (slots: Float64Array) => number;

const FUNCTIONS: Record<string, (...xs: number[]) => number> = {
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  tanh: Math.tanh,
  sinh: Math.sinh,
  cosh: Math.cosh,
  sin: Math.sin,
  cos: Math.cos,
  max: Math.max,
  min: Math.min,
  square: (x) => x * x,
  sigmoid: stableSigmoid,
};

/**
 * `slotOf` maps a symbol name to its slot; unknown symbols throw with the name. Overflow-prone forms
 * (1/(1+e^−x), e^x/(1+e^x)^2, log(1+e^x), log Σe^x, e^a/Σe^b) are evaluated stably: ±1000 stays finite.
 */
export function compileExpr(node: MathNode, slotOf: (name: string) => number): Compiled {
  const stable = compileStable(node, (child) => compileExpr(child, slotOf));
  if (stable) return stable;
  const n = node as MathNode & Record<string, unknown>;
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
      return compileExpr(n.content as MathNode, slotOf);
    case 'OperatorNode':
      return compileOperator(n.fn as string, (n.args as MathNode[]).map((a) => compileExpr(a, slotOf)));
    case 'FunctionNode': {
      const name = (n.fn as { name: string }).name;
      const f = FUNCTIONS[name];
      if (!f) throw new Error(`cannot evaluate the function ${name}`);
      const args = (n.args as MathNode[]).map((a) => compileExpr(a, slotOf));
      if (args.length === 1) {
        const [a] = args as [Compiled];
        return (s) => f(a(s));
      }
      return (s) => f(...args.map((a) => a(s)));
    }
    case 'ConditionalNode': {
      const test = compileExpr(n.condition as MathNode, slotOf);
      const yes = compileExpr(n.trueExpr as MathNode, slotOf);
      const no = compileExpr(n.falseExpr as MathNode, slotOf);
      return (s) => (test(s) ? yes(s) : no(s));
    }
    default:
      throw new Error(`cannot evaluate a ${node.type}`);
  }
}

function compileOperator(fn: string, args: Compiled[]): Compiled {
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
    default: throw new Error(`cannot evaluate the operator ${fn}`);
  }
}

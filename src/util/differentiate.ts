// Symbolic derivative of a formula by one of its symbols, with only local simplifications (localSimplify.ts).
// Written by hand instead of mathjs's derivative, which runs the general simplifier on every call (a 30-term
// formula took over a minute). Forward mode, visiting only subtrees that contain the variable (each tree's symbol
// sets are computed once, iteratively), so all partials of an n-term formula cost O(n) each and little in total;
// textbook forms come out: (uv)' = u'v + uv', (a/b)' = (a'b − ab')/b², f(u)' = f'(u)·u'.
import type { MathNode } from './mathjs.js';
import { InputError, type SourceLocation } from './errors.js';
import { cond, fn, num, op } from './mathNodes.js';
import { divide, negate, numericValue, plus, power, times } from './localSimplify.js';
import { PIECEWISE } from './piecewise.js';
import { withTwin } from './evaluationTwin.js';
import { childrenOf } from './walkTree.js';

type N = MathNode & Record<string, unknown> & { args?: MathNode[] };

/** Thrown for a part of a formula with no derivative rule; `differentiate` turns it into an InputError. */
class NoRule extends Error {}

const symbolSets = new WeakMap<MathNode, Map<MathNode, ReadonlySet<string>>>();
const memo = new WeakMap<MathNode, Map<string, MathNode>>();

/**
 * d node / d variable (memoized per tree, variable and kink convention). `kink`: the file's t ∈ [0, 1], the slope of a
 * piecewise function at its kink being (1 − t)·left + t·right (util/piecewise.ts); undefined keeps PyTorch's.
 */
export function differentiate(node: MathNode, variable: string, where: SourceLocation, kink?: number): MathNode {
  let byVar = memo.get(node);
  if (!byVar) memo.set(node, (byVar = new Map()));
  const key = kink === undefined ? variable : `${variable}\u0000${kink}`;
  let d = byVar.get(key);
  if (d) return d;
  try {
    d = derive(node, variable, symbolsBelow(node), kink);
  } catch (err) {
    if (err instanceof NoRule) throw new InputError(`cannot differentiate the formula by ${variable}: ${err.message}`, where);
    throw err;
  }
  byVar.set(key, d);
  return d;
}

/** The symbols under every node of a tree, computed bottom-up with an explicit stack (once per tree). */
function symbolsBelow(root: MathNode): Map<MathNode, ReadonlySet<string>> {
  let sets = symbolSets.get(root);
  if (sets) return sets;
  sets = new Map();
  const stack: [MathNode, boolean][] = [[root, false]];
  while (stack.length) {
    const [node, expanded] = stack.pop()!;
    if (sets.has(node)) continue;
    const kids = childrenOf(node);
    if (!expanded) {
      stack.push([node, true]);
      for (const k of kids) if (!sets.has(k)) stack.push([k, false]);
      continue;
    }
    const n = node as N;
    if (n.isSymbolNode) sets.set(node, new Set([n.name as string]));
    else if (kids.length === 1) sets.set(node, sets.get(kids[0]!)!);
    else sets.set(node, new Set(kids.flatMap((k) => [...sets!.get(k)!])));
  }
  symbolSets.set(root, sets);
  return sets;
}

/** d node / d v; a subtree without v is 0 without a visit. Recursion is bounded by the tree's depth (≤ 100, see parseUserExpression). */
function derive(node: MathNode, v: string, sets: Map<MathNode, ReadonlySet<string>>, kink: number | undefined): MathNode {
  if (!sets.get(node)?.has(v)) return num(0);
  const n = node as N;
  if (n.isSymbolNode) return num(1);
  if (n.isParenthesisNode) return derive(n.content as MathNode, v, sets, kink);
  const d = (x: MathNode): MathNode => derive(x, v, sets, kink);
  const has = (x: MathNode): boolean => sets.get(x)?.has(v) === true;
  if (n.isOperatorNode) return deriveOperator(n.fn as string, n.args!, d, has);
  if (n.isFunctionNode) {
    const name = (n.fn as { name: string }).name;
    const args = n.args!;
    const piecewise = Object.hasOwn(PIECEWISE, name) ? PIECEWISE[name] : undefined;
    // f(a, b)' = ∂f/∂a · a' + ∂f/∂b · b'
    if (piecewise) return plus(piecewise.partials(args, kink).flatMap((p, i) => (has(args[i]!) ? [times(p, d(args[i]!))] : [])));
    return times(functionSlope(name, args[0]!), d(args[0]!));
  }
  // (c ? p : q)' = c ? p' : q' (the test is piecewise constant)
  if (n.isConditionalNode) return cond(n.condition as MathNode, d(n.trueExpr as MathNode), d(n.falseExpr as MathNode));
  throw new NoRule(`a ${String(n.type)} has no derivative rule`);
}

/** The product of `factors` with the i-th replaced by its derivative, in the written order. */
function productWith(factors: MathNode[], i: number, di: MathNode): MathNode {
  let acc = i === 0 ? di : factors[0]!;
  for (let j = 1; j < factors.length; j++) acc = times(acc, j === i ? di : factors[j]!);
  return acc;
}

function deriveOperator(fnName: string, args: MathNode[], d: (x: MathNode) => MathNode, has: (x: MathNode) => boolean): MathNode {
  const [a, b] = args as [MathNode, MathNode];
  switch (fnName) {
    case 'add': return plus(args.filter(has).map(d));
    case 'subtract': return plus([d(a), negate(d(b))]);
    case 'unaryMinus': return negate(d(a));
    case 'unaryPlus': return d(a);
    // (a₁⋯aₙ)' = Σᵢ a₁⋯aᵢ'⋯aₙ over the factors that contain the variable
    case 'multiply': return plus(args.flatMap((x, i) => (has(x) ? [productWith(args, i, d(x))] : [])));
    case 'divide': {
      if (!has(b)) return divide(d(a), b);
      // −a·b'/b², or (a'b − ab')/b² where both depend on the variable
      const numerator = has(a) ? plus([times(d(a), b), negate(times(a, d(b)))]) : negate(times(a, d(b)));
      return divide(numerator, power(b, 2));
    }
    case 'pow': return derivePower(a, b, d, has);
    // comparisons are piecewise constant
    case 'larger': case 'smaller': case 'largerEq': case 'smallerEq': case 'equal': case 'unequal': return num(0);
    default: throw new NoRule(`the operator ${fnName} has no derivative rule`);
  }
}

/** (a^c)' = c·a^(c−1)·a' for a constant c; (a^b)' = a^b·(b'·ln a + b·a'/a) in general. */
function derivePower(a: MathNode, b: MathNode, d: (x: MathNode) => MathNode, has: (x: MathNode) => boolean): MathNode {
  const c = numericValue(b);
  if (c !== undefined) return times(times(num(c), power(a, c - 1)), d(a));
  const self = op('^', a, b);
  if (!has(a)) return times(times(self, fn('log', a)), d(b));
  return times(self, plus([times(d(b), fn('log', a)), divide(times(b, d(a)), a)]));
}

/** f'(u) for the one-argument functions a formula may call. */
function functionSlope(name: string, u: MathNode): MathNode {
  switch (name) {
    case 'exp': return fn('exp', u); // (e^u)' = e^u
    case 'log': return divide(num(1), u); // (ln u)' = 1/u
    case 'sqrt': return divide(num(1), times(num(2), fn('sqrt', u))); // (√u)' = 1/(2√u)
    case 'sin': return fn('cos', u);
    case 'cos': return negate(fn('sin', u));
    case 'sinh': return fn('cosh', u);
    case 'cosh': return fn('sinh', u);
    // 1 − tanh²u and σ(u)(1 − σ(u)), evaluated as sech²u and σ(u)σ(−u) (util/evaluationTwin: no cancellation at large |u|)
    case 'tanh': return withTwin(op('-', num(1), power(fn('tanh', u), 2)), fn('tanhSlope', u));
    case 'sigmoid': return withTwin(times(fn('sigmoid', u), op('-', num(1), fn('sigmoid', u))), fn('sigmoidSlopeAt', fn('sigmoid', u), u));
    case 'square': return times(num(2), u); // (u²)' = 2u
    default: throw new NoRule(`the function ${name} has no derivative rule`);
  }
}

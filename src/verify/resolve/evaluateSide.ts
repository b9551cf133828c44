// Gives a parsed side its number: names and derivatives take the derivation's values; whatever cannot be resolved is listed instead.
import { ConstantNode, FunctionNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { BLANK_NAME, ELLIPSIS_NAME, canonicalKey, changeOf, nodeKey, parseCanonicalKey } from '../read/canonicalName.js';
import { directSideValue } from './directSideValue.js';
import { gluedKeyOf } from '../read/gluedSpelling.js';
import { expandSum } from './sumOver.js';
import { readsSymbol } from '../../util/mathNodes.js';
import { EVAL_AT } from '../read/parseEvalBar.js';
import { samePoint } from './callQuantity.js';
import { ACTIVATION_CALLS, FUNCTION_LETTERS, appliedActivation } from './activationCalls.js';

export interface Lookup {
  /** The value of the quantity with this canonical key, if the network has one. */
  value(key: string): number | undefined;
  /** The value of a constant the name stands for (e), which is a number, not a name of the network. */
  constant(key: string): number | undefined;
  /** Unit ids that a summation index ranges over: 'o' → ['o1', 'o2']. */
  units(index: string): string[];
  /** The value of an activation or its derivative written as a call on a net the table knows (f'(z_1^{(2)})), if any. */
  call?(node: FunctionNode): number | undefined;
  /** The network's one activation, for a letter pages write an activation with (g(10), φ(−2)) that names no quantity. */
  activation?(name: string): ((x: number) => number) | undefined;
}

export interface SideValue {
  value?: number;
  /** Names, derivatives and functions that have no value here (empty when `value` is set). */
  unresolved: string[];
  /** How many names or derivatives were looked up: 0 for a side of bare numbers. */
  names: number;
}

/** Functions that mean the same in LaTeX and mathjs. */
const MATH_FUNCTIONS = new Set(['exp', 'log', 'tanh', 'sinh', 'cosh', 'sin', 'cos', 'tan', 'sqrt', 'max', 'min', 'abs', 'atan', 'norm', 'square']);
const UNRESOLVED = '?unresolved';

export function evaluateSide(node: MathNode, lookup: Lookup): SideValue {
  // plain arithmetic over names is computed on the tree (the same value and count); the rest is copied and evaluated
  const direct = directSideValue(node, lookup);
  return direct ? { value: direct.value, unresolved: [], names: direct.names } : evaluateSideTree(node, lookup);
}

/** Every name replaced by its number in a copy of the tree, which mathjs evaluates; what has no value is listed. */
export function evaluateSideTree(node: MathNode, lookup: Lookup): SideValue {
  const unresolved = new Set<string>();
  let names = 0;
  const replaced = node.transform((n, path) => {
    // Δw_5 is the change of w_5 where the table binds it; otherwise the product it is written as (Δ · w_5)
    const change = changeOf(n) ? lookup.value(nodeKey(n)!) : undefined;
    // x1w1x2w2 is the node of that name where the table binds the spelling (rule glued-name); otherwise the product
    const glued = gluedKeyOf(n);
    const whole = change ?? (glued === null ? undefined : lookup.value(glued));
    if (whole !== undefined) {
      names++;
      return new ConstantNode(whole);
    }
    if (n instanceof FunctionNode) {
      const name = n.fn.name;
      if (name === 'partial') {
        const key = nodeKey(n);
        const v = key === null ? undefined : lookup.value(key);
        if (v === undefined) return miss(unresolved, key ?? n.toString());
        names++;
        return new ConstantNode(v);
      }
      if (name === 'sum_over') {
        const total = expandSum(n, lookup, unresolved, evaluateSide);
        if (!total) return miss(unresolved, `the sum ${n.toString()}`);
        names++;
        return total;
      }
      if (name === EVAL_AT) return valueAtPoint(n, lookup, unresolved, () => names++);
      // A norm of one number is its absolute value (the number build of mathjs has no norm).
      if (name === 'norm' && n.args.length === 1) return new FunctionNode(new SymbolNode('abs'), n.args);
      if (!MATH_FUNCTIONS.has(name)) {
        return functionCall(n, lookup, unresolved, () => names++) ?? quantityTimes(n, lookup, unresolved, () => names++) ?? networkCall(n, lookup, () => names++) ?? activationCall(n, lookup, unresolved, () => names++) ?? miss(unresolved, `${name}(…)`);
      }
      return n;
    }
    if (n instanceof SymbolNode && path !== 'fn') {
      if (n.name === BLANK_NAME || n.name === ELLIPSIS_NAME) return miss(unresolved, n.name);
      const v = lookup.value(n.name);
      const c = v === undefined ? lookup.constant(n.name) : undefined;
      if (c !== undefined) return new ConstantNode(c);
      if (v === undefined) return miss(unresolved, n.name);
      names++;
      return new ConstantNode(v);
    }
    return n;
  });
  if (unresolved.size > 0) return { unresolved: [...unresolved], names };
  try {
    const value: unknown = replaced.evaluate();
    return typeof value === 'number' && !Number.isNaN(value) ? { value, unresolved: [], names } : { unresolved: ['a value that is not a number'], names };
  } catch (e) {
    return { unresolved: [`an expression mathjs cannot evaluate (${e instanceof Error ? e.message : String(e)})`], names };
  }
}

/**
 * σ(2), σ(z), g(z) where the network has a quantity of that name: a call, not a product, unless the argument holds the
 * name itself (σ(1 − σ), f(1 − f)). Its value: the node's own formula of one variable, else the activation of that
 * name, else the unit's output or local partial (σ(net_{o1})); unresolved where none is known.
 */
function functionCall(n: FunctionNode, lookup: Lookup, unresolved: Set<string>, count: () => void): MathNode | undefined {
  const name = n.fn.name;
  const known = ACTIVATION_CALLS[name] ?? ACTIVATION_CALLS[name.toLowerCase()];
  if (n.args.length !== 1 || (!known && !FUNCTION_LETTERS.has(name)) || lookup.value(name) === undefined || readsSymbol(n.args[0]!, name)) return undefined;
  const f = lookup.activation?.(name) ?? known;
  if (f) return ofArgument(n, lookup, unresolved, count, f);
  return networkCall(n, lookup, count) ?? miss(unresolved, `${name}(…)`);
}

/** f(1 - f) where f is a quantity (a graph node named f): the product f · (1 - f), not a call. */
function quantityTimes(n: FunctionNode, lookup: Lookup, unresolved: Set<string>, count: () => void): MathNode | undefined {
  const v = n.args.length === 1 && !MATH_FUNCTIONS.has(n.fn.name) ? lookup.value(n.fn.name) : undefined;
  if (v === undefined || appliedActivation(n)) return undefined;
  count(); // the quantity's own name
  return ofArgument(n, lookup, unresolved, count, (x) => v * x);
}

/** f(value of the call's one argument), or the unresolved marker (the argument's misses recorded). */
function ofArgument(n: FunctionNode, lookup: Lookup, unresolved: Set<string>, count: () => void, f: (x: number) => number): MathNode {
  const inner = evaluateSide(n.args[0]!, lookup);
  inner.unresolved.forEach((u) => unresolved.add(u));
  if (inner.value === undefined) return new SymbolNode(UNRESOLVED);
  for (let i = 0; i < inner.names; i++) count();
  return new ConstantNode(f(inner.value));
}

/** f'(z), σ(z) on a net the network has: that unit's local partial or output, whatever its activation (custom ones too). */
function networkCall(n: FunctionNode, lookup: Lookup, count: () => void): MathNode | undefined {
  const v = lookup.call?.(n);
  if (v === undefined) return undefined;
  count();
  return new ConstantNode(v);
}

/** σ(z) when the network has no quantity called σ: the logistic function of the argument's value (g(z): the network's one activation). */
function activationCall(n: FunctionNode, lookup: Lookup, unresolved: Set<string>, count: () => void): MathNode | undefined {
  const f = n.args.length === 1 ? ACTIVATION_CALLS[n.fn.name] ?? ACTIVATION_CALLS[n.fn.name.toLowerCase()] ?? lookup.activation?.(n.fn.name) : undefined;
  if (!f || (lookup.value(n.fn.name) !== undefined && !appliedActivation(n))) return undefined;
  return ofArgument(n, lookup, unresolved, count, f);
}

/**
 * f|_{z=2}: f itself where the point is the network's own value of z (2, or a value of two decimals or more that z
 * rounds to); a point elsewhere is not one the network can give, so the side is unresolved, for that reason.
 */
function valueAtPoint(n: FunctionNode, lookup: Lookup, unresolved: Set<string>, count: () => void): MathNode {
  const [expression, variable, point] = n.args as [MathNode, SymbolNode, MathNode];
  const own = lookup.value(variable.name);
  const at = evaluateSide(point, lookup).value;
  if (own === undefined || at === undefined || !samePoint(own, at)) return miss(unresolved, `the value at ${variable.name} = ${point.toString()}, not the network's own point`);
  const inner = evaluateSide(expression, lookup);
  inner.unresolved.forEach((u) => unresolved.add(u));
  if (inner.value === undefined) return new SymbolNode(UNRESOLVED);
  for (let i = 0; i <= inner.names; i++) count();
  return new ConstantNode(inner.value);
}

function miss(unresolved: Set<string>, what: string): MathNode {
  unresolved.add(what);
  return new SymbolNode(UNRESOLVED);
}


// The value of a side of plain arithmetic over names, computed on the tree itself: no copy, no mathjs compile.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { BLANK_NAME, ELLIPSIS_NAME, changeOf, nodeKey } from '../read/canonicalName.js';
import { gluedKeyOf } from '../read/gluedSpelling.js';

/** What a side's names are worth (evaluateSide's Lookup, which calls this module, has these two). */
interface Lookup {
  value(key: string): number | undefined;
  constant(key: string): number | undefined;
}

/**
 * evaluateSide replaces every name by its number in a copy of the tree (mathjs transform) and evaluates the copy
 * (mathjs compiles it first); a document of 2,000 equations evaluates tens of thousands of sides, and that copy and
 * compile were most of the time. A side of numbers, names, derivatives and changes joined by + − · / and parentheses
 * is computed here with the same lookups, in the same order of operations (left to right, as mathjs' add and multiply
 * of several arguments), with the plain-number operations of the lean mathjs instance: the same value and the same
 * count of names. Anything else (a function, a power, a sum, a name without a value, NaN) gives undefined, and
 * evaluateSide takes its general path, which also says what could not be resolved.
 */
export function directSideValue(node: MathNode, lookup: Lookup): { value: number; names: number } | undefined {
  const counter = { names: 0 };
  const value = valueOf(node, lookup, counter);
  return value === undefined || Number.isNaN(value) ? undefined : { value, names: counter.names };
}

function valueOf(n: MathNode, lookup: Lookup, counter: { names: number }): number | undefined {
  // Δw_5 where the table binds it (evaluateSide's first question of every node)
  if (changeOf(n)) {
    const change = lookup.value(nodeKey(n)!);
    if (change !== undefined) {
      counter.names++;
      return change;
    }
  }
  if (n instanceof ConstantNode) return typeof n.value === 'number' ? n.value : undefined;
  if (n instanceof SymbolNode) return symbolValue(n.name, lookup, counter);
  if (n instanceof ParenthesisNode) return valueOf(n.content, lookup, counter);
  if (n instanceof FunctionNode) {
    if (n.fn.name !== 'partial') return undefined;
    const key = nodeKey(n);
    const v = key === null ? undefined : lookup.value(key);
    if (v !== undefined) counter.names++;
    return v;
  }
  if (n instanceof OperatorNode) return gluedValue(n, lookup, counter) ?? operatorValue(n as Operation, lookup, counter);
  return undefined;
}

/** x1w1x2w2 where the table binds that spelling (rule glued-name): the node of that name, not the product. */
function gluedValue(n: MathNode, lookup: Lookup, counter: { names: number }): number | undefined {
  const key = gluedKeyOf(n);
  const v = key === null ? undefined : lookup.value(key);
  if (v !== undefined) counter.names++;
  return v;
}

function symbolValue(name: string, lookup: Lookup, counter: { names: number }): number | undefined {
  if (name === BLANK_NAME || name === ELLIPSIS_NAME) return undefined;
  const v = lookup.value(name);
  if (v !== undefined) {
    counter.names++;
    return v;
  }
  const c = lookup.constant(name);
  return typeof c === 'number' ? c : undefined;
}

/** + − · / (binary, or add and multiply of several arguments folded from the left) and unary minus and plus. */
/** An OperatorNode as this module reads it (mathjs' own type narrows `fn` to nothing usable here). */
type Operation = MathNode & { args: MathNode[]; fn: unknown };

function operatorValue(n: Operation, lookup: Lookup, counter: { names: number }): number | undefined {
  const args = n.args;
  const fn = n.fn as string;
  if (fn === 'unaryMinus' || fn === 'unaryPlus') {
    if (args.length !== 1) return undefined;
    const x = valueOf(args[0]!, lookup, counter);
    return x === undefined ? undefined : fn === 'unaryMinus' ? -x : x;
  }
  const nary = fn === 'add' || fn === 'multiply';
  if (!(nary || fn === 'subtract' || fn === 'divide') || args.length < 2 || (!nary && args.length !== 2)) return undefined;
  let acc = valueOf(args[0]!, lookup, counter);
  for (let i = 1; i < args.length && acc !== undefined; i++) {
    const x = valueOf(args[i]!, lookup, counter);
    if (x === undefined) return undefined;
    acc = fn === 'add' ? acc + x : fn === 'subtract' ? acc - x : fn === 'multiply' ? acc * x : acc / x;
  }
  return acc;
}

// Parses a formula from a user's file with mathjs, allowing only arithmetic and a short list of functions.
import { parse, type MathNode } from './mathjs.js';
import { InputError, type SourceLocation } from './errors.js';
import { fn, num, stripParens } from './mathNodes.js';
import { flattenChains } from './flattenChains.js';
import { PIECEWISE, piecewiseArity } from './piecewise.js';
import { rebuild } from './walkTree.js';

/** Functions a user's formula may call; everything else (import, evaluate, createUnit, …) is refused. */
export const ALLOWED_FUNCTIONS = new Set([
  'exp', 'log', 'sqrt', 'tanh', 'sinh', 'cosh', 'sin', 'cos', 'sigmoid', 'square', ...Object.keys(PIECEWISE),
]);
/** How many arguments each allowed function takes (sqrt(w, x) would be read as the x-th root of w): one, or the piecewise table's. */
const arityOf = (name: string): [number, number] => piecewiseArity(name) ?? [1, 1];

const ALLOWED_OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);
/** Conditions and comparisons have no derivative where they switch: relu and leaky-relu are the activations for that. */
const CONDITIONAL = "a condition or comparison (x > 0 ? … : …) has no derivative where it switches: write one formula (for max(0, x) write relu(x) or max(0, x))";
const COMPARISONS = new Set(['larger', 'smaller', 'largerEq', 'smallerEq', 'equal', 'unequal', 'and', 'or', 'not', 'xor']);
export const MAX_EXPRESSION_DEPTH = 100;
/** The longest formula a file may give (a 1000-term sum with its names is about 10^4 characters). */
export const MAX_FORMULA_LENGTH = 100_000;

export interface ExpressionRules {
  /** Symbols the formula may use; undefined allows any identifier (checked later against the graph). */
  symbols?: ReadonlySet<string>;
  where: SourceLocation;
}

export function parseUserExpression(text: string, rules: ExpressionRules): MathNode {
  if (text.length > MAX_FORMULA_LENGTH) throw new InputError(`the formula is longer than ${MAX_FORMULA_LENGTH} characters`, rules.where);
  // mathjs parses recursively: refuse deep brackets before they can overflow its stack.
  if (bracketDepth(text) > MAX_EXPRESSION_DEPTH) throw new InputError(`the formula nests deeper than ${MAX_EXPRESSION_DEPTH} levels`, rules.where);
  let node: MathNode;
  try {
    node = parse(text);
  } catch (err) {
    if (err instanceof RangeError) throw new InputError(`the formula nests deeper than ${MAX_EXPRESSION_DEPTH} levels`, rules.where);
    throw new InputError(`cannot parse the formula '${clip(text)}': ${(err as Error).message}`, rules.where);
  }
  // Long sums and products become n-ary nodes first: the depth limit is then one of brackets and calls.
  node = flattenChains(stripParens(node));
  checkNode(node, rules, 0);
  return bindConstants(node, rules.symbols);
}

/**
 * A bare e or pi is Euler's number or π unless the file defines a node of that name; after this, every
 * symbol in a tree is a node, so no later stage has to guess (a bias named e stays a bias).
 */
function bindConstants(node: MathNode, symbols: ReadonlySet<string> | undefined): MathNode {
  return rebuild(node, (n) => {
    const name = (n as MathNode & { isSymbolNode?: boolean; name?: string }).isSymbolNode ? (n as unknown as { name: string }).name : undefined;
    if (name === 'e' && !symbols?.has('e')) return fn('exp', num(1));
    if (name === 'pi' && !symbols?.has('pi')) return num(Math.PI);
    return n;
  });
}

function checkNode(node: MathNode, rules: ExpressionRules, depth: number): void {
  if (depth > MAX_EXPRESSION_DEPTH) throw new InputError(`the formula nests deeper than ${MAX_EXPRESSION_DEPTH} levels`, rules.where);
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode':
      if (typeof n.value !== 'number') throw new InputError(`only numbers may appear as constants, not '${String(n.value)}'`, rules.where);
      return;
    case 'SymbolNode': {
      const name = n.name as string;
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new InputError(`'${name}' is not an allowed name`, rules.where);
      if (rules.symbols && !rules.symbols.has(name) && name !== 'e' && name !== 'pi') {
        throw new InputError(`unknown symbol '${name}' (allowed: ${[...rules.symbols].join(', ')})`, rules.where);
      }
      return;
    }
    case 'OperatorNode':
      if (COMPARISONS.has(n.fn as string)) throw new InputError(CONDITIONAL, rules.where);
      if (!ALLOWED_OPERATORS.has(n.fn as string)) throw new InputError(`the operator '${String(n.op)}' is not allowed in a formula`, rules.where);
      break;
    case 'FunctionNode': {
      const fnName = (n.fn as { name?: string }).name;
      if (!fnName || !ALLOWED_FUNCTIONS.has(fnName)) {
        throw new InputError(`the function '${fnName ?? '?'}' is not allowed (allowed: ${[...ALLOWED_FUNCTIONS].join(', ')})`, rules.where);
      }
      const [least, most] = arityOf(fnName);
      const count = (n.args as MathNode[]).length;
      if (count < least || count > most) {
        const takes = least === most ? (least === 1 ? 'one argument' : `${least} arguments`) : `${least} or ${most} arguments`;
        throw new InputError(`${fnName} takes ${takes}, not ${count}`, rules.where);
      }
      for (const arg of n.args as MathNode[]) checkNode(arg, rules, depth + 1);
      return;
    }
    case 'ParenthesisNode':
      break;
    case 'ConditionalNode':
    case 'RelationalNode':
      throw new InputError(CONDITIONAL, rules.where);
    default:
      throw new InputError(`${node.type} is not allowed in a formula: only arithmetic and ${[...ALLOWED_FUNCTIONS].join(', ')}`, rules.where);
  }
  node.forEach((child) => checkNode(child, rules, depth + 1));
}

function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const c of text) {
    if (c === '(' || c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return max;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

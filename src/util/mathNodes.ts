// Small constructors for mathjs expression trees, so no stage builds expressions from strings.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, ConditionalNode, type MathNode } from './mathjs.js';
import { forEachNode, rebuild } from './walkTree.js';
import { twinOf, withTwin } from './evaluationTwin.js';

export type { MathNode };

export const sym = (name: string): MathNode => new SymbolNode(name);
export const num = (value: number): MathNode => new ConstantNode(value);

const OPS = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '^': 'pow' } as const;
type BinaryOp = keyof typeof OPS;

export function op(o: BinaryOp, a: MathNode, b: MathNode): MathNode {
  return new OperatorNode(o, OPS[o], [a, b]);
}

/**
 * Above this many operands a sum or product is one n-ary node instead of a left-deep chain: it prints, evaluates
 * and rounds exactly as the chain (same order), but no tree walk recurses once per term.
 */
export const LONG_CHAIN = 32;

/** Left-associated sum of terms (a + b + c); a single term is returned as is; a long one is n-ary. */
export function sum(terms: readonly MathNode[]): MathNode {
  if (terms.length === 0) return num(0);
  if (terms.length > LONG_CHAIN) return new OperatorNode('+', 'add', [...terms]);
  return terms.slice(1).reduce((acc, t) => op('+', acc, t), terms[0]!);
}

/** Left-associated product of factors; a single factor is returned as is; a long one is n-ary. */
export function product(factors: readonly MathNode[]): MathNode {
  if (factors.length === 0) return num(1);
  if (factors.length > LONG_CHAIN) return new OperatorNode('*', 'multiply', [...factors]);
  return factors.slice(1).reduce((acc, f) => op('*', acc, f), factors[0]!);
}

/** The terms of a sum (or factors of a product), left-deep binary or n-ary, in order and without recursion. */
export function chainOperands(node: MathNode, fnName: 'add' | 'multiply'): MathNode[] {
  const out: MathNode[] = [];
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()! as MathNode & { isOperatorNode?: boolean; fn?: string; args?: MathNode[] };
    if (n.isOperatorNode && n.fn === fnName && n.args!.length >= 2) for (let i = n.args!.length - 1; i >= 0; i--) stack.push(n.args![i]!);
    else out.push(n);
  }
  return out;
}

/** −b standing for "… − b" inside an n-ary sum (a − b − c as a + (−b) + (−c): the same bits, printed with −). */
export function subtractedTerm(b: MathNode): MathNode {
  const n = neg(b);
  (n as unknown as { subtracted: boolean }).subtracted = true;
  return n;
}

export const neg = (a: MathNode): MathNode => new OperatorNode('-', 'unaryMinus', [a]);
export const fn = (name: string, ...args: MathNode[]): MathNode => new FunctionNode(new SymbolNode(name), args);
export const cond = (test: MathNode, then: MathNode, otherwise: MathNode): MathNode =>
  new ConditionalNode(test, then, otherwise);
export const gt = (a: MathNode, b: MathNode): MathNode => new OperatorNode('>', 'larger', [a, b]);
export const eq = (a: MathNode, b: MathNode): MathNode => new OperatorNode('==', 'equal', [a, b]);

/** Replaces symbols by name with other trees (used to instantiate activation and loss templates). */
export function substitute(node: MathNode, bindings: Readonly<Record<string, MathNode>>): MathNode {
  // Function names are not children in rebuild: only symbols that are quantities are renamed.
  return rebuild(node, (n) => {
    if ((n as SymbolNode).isSymbolNode) {
      const name = (n as SymbolNode).name;
      const b = Object.hasOwn(bindings, name) ? bindings[name] : undefined;
      if (b) return b;
    }
    return n;
  });
}

/**
 * A copy of a tree with every symbol (not a function name) replaced by `rename(name)`. Constants are shared,
 * not copied; a left-deep sum (a net of 784 inputs) is walked along its spine without recursion.
 */
export function mapSymbols(node: MathNode, rename: (name: string) => MathNode): MathNode {
  const copy = mapSymbolsOnce(node, rename);
  // An evaluation twin (util/evaluationTwin) is renamed with its tree.
  const twin = twinOf(node);
  return twin && copy !== node ? withTwin(copy, mapSymbols(twin, rename)) : copy;
}

function mapSymbolsOnce(node: MathNode, rename: (name: string) => MathNode): MathNode {
  const n = node as MathNode & Record<string, unknown>;
  if (n.isSymbolNode) return rename(n.name as string);
  if (n.isConstantNode) return node;
  if (n.isOperatorNode) {
    const args = n.args as MathNode[];
    if (n.fn === 'add' && args.length === 2 && (args[0] as { isOperatorNode?: boolean }).isOperatorNode && (args[0] as unknown as { fn: string }).fn === 'add') {
      const spine: MathNode[] = [];
      let left: MathNode = node;
      while ((left as { isOperatorNode?: boolean }).isOperatorNode && (left as unknown as { fn: string; args: MathNode[] }).fn === 'add' && (left as unknown as { args: MathNode[] }).args.length === 2) {
        spine.push(left);
        left = (left as unknown as { args: MathNode[] }).args[0]!;
      }
      let acc = mapSymbols(left, rename);
      for (let i = spine.length - 1; i >= 0; i--) {
        const s = spine[i] as unknown as { op: string; fn: string; args: MathNode[]; implicit: boolean };
        acc = new OperatorNode(s.op as '+', s.fn as 'add', [acc, mapSymbols(s.args[1]!, rename)], s.implicit);
      }
      return acc;
    }
    const copy = new OperatorNode(n.op as '+', n.fn as 'add', args.map((a) => mapSymbols(a, rename)), n.implicit as boolean);
    if (n.isPercentage) (copy as unknown as { isPercentage: boolean }).isPercentage = true;
    if (n.subtracted) (copy as unknown as { subtracted: boolean }).subtracted = true;
    return copy;
  }
  if (n.isFunctionNode) return new FunctionNode(n.fn as SymbolNode, (n.args as MathNode[]).map((a) => mapSymbols(a, rename)));
  if (n.isParenthesisNode) return new ParenthesisNode(mapSymbols(n.content as MathNode, rename));
  if (n.isConditionalNode) return new ConditionalNode(mapSymbols(n.condition as MathNode, rename), mapSymbols(n.trueExpr as MathNode, rename), mapSymbols(n.falseExpr as MathNode, rename));
  return rebuild(node, (x) => ((x as SymbolNode).isSymbolNode ? rename((x as SymbolNode).name) : x));
}

/** Visits every symbol that is not a function name. */
export function forEachSymbol(node: MathNode, visit: (name: string) => void): void {
  forEachNode(node, (n) => {
    if ((n as SymbolNode).isSymbolNode) visit((n as SymbolNode).name);
  });
}

/** Whether the tree reads the symbol `name` (a function's own name is not read). */
export function readsSymbol(node: MathNode, name: string): boolean {
  let found = false;
  forEachSymbol(node, (n) => void (found ||= n === name));
  return found;
}

/** Whether the tree reads any symbol at all (a function's own name is not read): `0.5 \times 2` reads none. Like forEachSymbol, it does not look inside matrices (ArrayNode). */
export function readsAnySymbol(node: MathNode): boolean {
  let found = false;
  forEachSymbol(node, () => void (found = true));
  return found;
}

/** The tree's value (with `scope` for its symbols) when it is a finite number; undefined when it throws or is not. */
export function finiteValue(node: MathNode, scope?: Record<string, number>): number | undefined {
  try {
    const v: unknown = node.evaluate(scope);
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The node inside any parentheses around it ((0.45) → 0.45); the parentheses inside it stay. */
export function unwrapParentheses(node: MathNode): MathNode {
  return (node as { isParenthesisNode?: boolean }).isParenthesisNode ? unwrapParentheses((node as unknown as { content: MathNode }).content) : node;
}

/** Drops ParenthesisNodes: parentheses are decided by the printers' precedence table. */
export function stripParens(node: MathNode): MathNode {
  return rebuild(node, (n) => ((n as { isParenthesisNode?: boolean }).isParenthesisNode ? (n as unknown as { content: MathNode }).content : n));
}

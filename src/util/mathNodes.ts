// Small constructors for mathjs expression trees, so no stage builds expressions from strings.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, ConditionalNode, type MathNode } from './mathjs.js';

export type { MathNode };

export const sym = (name: string): MathNode => new SymbolNode(name);
export const num = (value: number): MathNode => new ConstantNode(value);

const OPS = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '^': 'pow' } as const;
type BinaryOp = keyof typeof OPS;

export function op(o: BinaryOp, a: MathNode, b: MathNode): MathNode {
  return new OperatorNode(o, OPS[o], [a, b]);
}

/** Left-associated sum of terms (a + b + c); a single term is returned as is. */
export function sum(terms: readonly MathNode[]): MathNode {
  if (terms.length === 0) return num(0);
  return terms.slice(1).reduce((acc, t) => op('+', acc, t), terms[0]!);
}

/** Left-associated product of factors; a single factor is returned as is. */
export function product(factors: readonly MathNode[]): MathNode {
  if (factors.length === 0) return num(1);
  return factors.slice(1).reduce((acc, f) => op('*', acc, f), factors[0]!);
}

export const neg = (a: MathNode): MathNode => new OperatorNode('-', 'unaryMinus', [a]);
export const fn = (name: string, ...args: MathNode[]): MathNode => new FunctionNode(new SymbolNode(name), args);
export const cond = (test: MathNode, then: MathNode, otherwise: MathNode): MathNode =>
  new ConditionalNode(test, then, otherwise);
export const gt = (a: MathNode, b: MathNode): MathNode => new OperatorNode('>', 'larger', [a, b]);

/** Replaces symbols by name with other trees (used to instantiate activation and loss templates). */
export function substitute(node: MathNode, bindings: Readonly<Record<string, MathNode>>): MathNode {
  return node.transform((n, path) => {
    // A FunctionNode's name is a SymbolNode at path 'fn': never rename functions.
    if ((n as SymbolNode).isSymbolNode && path !== 'fn') {
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
    return copy;
  }
  if (n.isFunctionNode) return new FunctionNode(n.fn as SymbolNode, (n.args as MathNode[]).map((a) => mapSymbols(a, rename)));
  if (n.isParenthesisNode) return new ParenthesisNode(mapSymbols(n.content as MathNode, rename));
  if (n.isConditionalNode) return new ConditionalNode(mapSymbols(n.condition as MathNode, rename), mapSymbols(n.trueExpr as MathNode, rename), mapSymbols(n.falseExpr as MathNode, rename));
  return node.transform((x, path) => ((x as SymbolNode).isSymbolNode && path !== 'fn' ? rename((x as SymbolNode).name) : x));
}

/** Visits every symbol that is not a function name. */
export function forEachSymbol(node: MathNode, visit: (name: string) => void): void {
  node.traverse((n, path) => {
    if ((n as SymbolNode).isSymbolNode && path !== 'fn') visit((n as SymbolNode).name);
  });
}

/** Drops ParenthesisNodes: parentheses are decided by the printers' precedence table. */
export function stripParens(node: MathNode): MathNode {
  return node.transform((n) => ((n as { isParenthesisNode?: boolean }).isParenthesisNode ? stripParens((n as unknown as { content: MathNode }).content) : n));
}

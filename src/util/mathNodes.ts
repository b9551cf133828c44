// Small constructors for mathjs expression trees, so no stage builds expressions from strings.
import { ConstantNode, FunctionNode, OperatorNode, SymbolNode, ConditionalNode, type MathNode } from 'mathjs';

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
      const b = bindings[(n as SymbolNode).name];
      if (b) return b;
    }
    return n;
  });
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

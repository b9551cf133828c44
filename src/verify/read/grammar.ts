// The recursive-descent entry points one part of the document grammar hands to another (so no two parser files import each other).
import { OperatorNode, type MathNode } from '../../util/mathjs.js';
import type { NameParts } from './canonicalName.js';
import type { MathCursor } from './mathCursor.js';

/** The levels of the expression grammar, loosest first; parseExpression.ts builds the one instance. */
export interface Grammar {
  /** One side of a relation (logic words, sums, products...). */
  side(c: MathCursor): MathNode;
  sum(c: MathCursor): MathNode;
  product(c: MathCursor): MathNode;
  /** A primary with its scripts, primes, calls and exponents. */
  postfix(c: MathCursor): MathNode;
}

/** What a primary is before its scripts are read: a name still open to _ and ^, a built-in function awaiting its argument, or a finished node. */
export type Atom =
  | { kind: 'name'; parts: NameParts }
  | { kind: 'function'; name: string }
  | { kind: 'node'; node: MathNode };

const OPERATOR_FN = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '^': 'pow' } as const;

export function binary(o: keyof typeof OPERATOR_FN, a: MathNode, b: MathNode, implicit = false): MathNode {
  return new OperatorNode(o, OPERATOR_FN[o], [a, b], implicit);
}

// The numbers a page substitutes for its names, read by lining a formula side up with the side of numbers after it ((y − a)² = (0.8 − 0.0289)²: y is 0.8).
import { ConstantNode, FunctionNode, OperatorNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { unwrapParentheses } from '../../util/mathNodes.js';
import type { MathSide, NumberLiteral } from '../read/parseLatexMath.js';
import { literalsOf } from '../read/sideLiterals.js';
import { chainsOf, type ReadDocument } from '../read/readDocument.js';

/** Every number the document writes where `key` stands in the side before it, over all its chains (pairNames). */
export function substitutedValues(read: ReadDocument, key: string): number[] {
  const out: number[] = [];
  for (const chain of chainsOf(read)) {
    for (let i = 0; i + 1 < chain.sides.length; i++) {
      const [formula, numbers] = [chain.sides[i]!, chain.sides[i + 1]!];
      if (numbers.numbers.length === 0 || formula.node.filter((n) => n instanceof SymbolNode && n.name === key).length === 0) continue;
      const value = pairNames(formula.node, numbers)?.get(key)?.value;
      if (value !== undefined) out.push(value);
    }
  }
  return out;
}

/** Each name of the formula → the number written in its place (the same number wherever it recurs), or undefined where the shapes differ. */
export function pairNames(formula: MathNode, numbers: MathSide): Map<string, { value: number; decimals: number }> | undefined {
  const literals = literalsOf(numbers);
  if (!literals) return undefined;
  const out = new Map<string, { value: number; decimals: number }>();
  const walk = (f: MathNode, n: MathNode): boolean => {
    f = unwrapParentheses(f);
    n = unwrapParentheses(n);
    if (f instanceof SymbolNode) {
      const signed = signedLiteral(n, literals);
      if (!signed) return false;
      const before = out.get(f.name);
      if (before && before.value !== signed.value) return false;
      out.set(f.name, signed);
      return true;
    }
    if (f instanceof ConstantNode) return n instanceof ConstantNode && n.value === f.value;
    if (f instanceof OperatorNode) return n instanceof OperatorNode && n.fn === f.fn && n.args.length === f.args.length && f.args.every((a, i) => walk(a, n.args[i]!));
    // σ(z_1) = σ(0.3775): a name inside a call is a unit's net or output, not a leaf; it is left unpaired
    if (f instanceof FunctionNode) return n instanceof FunctionNode && n.fn.name === f.fn.name && n.args.length === f.args.length;
    return false;
  };
  return walk(formula, numbers.node) ? out : undefined;
}

/** A printed number, or a minus before one, with its value signed and its decimals. */
function signedLiteral(n: MathNode, literals: ReadonlyMap<MathNode, NumberLiteral>): { value: number; decimals: number } | undefined {
  if (n instanceof OperatorNode && n.fn === 'unaryMinus') {
    const inner = signedLiteral(unwrapParentheses(n.args[0]!), literals);
    return inner && { value: -inner.value, decimals: inner.decimals };
  }
  const literal = literals.get(n);
  return literal && { value: literal.value, decimals: literal.decimals };
}

// The numbers a page substitutes for a name, read by lining a formula side up with the side of numbers after it ((y − a)² = (0.8 − 0.0289)²: y is 0.8).
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { MathChain } from '../read/parseLatexMath.js';
import { chainsOf, type ReadDocument } from '../read/readDocument.js';

/**
 * Every number that stands where `key` stands in the side before it, over the document's chains: the two sides must
 * have the same shape node for node (the same operators and functions in the same order), names in the one and numbers
 * in the other. A side of another shape (a step that multiplies out or reorders) says nothing.
 */
export function substitutedValues(read: ReadDocument, key: string): number[] {
  const out: number[] = [];
  for (const chain of chainsOf(read)) collect(chain, key, out);
  return out;
}

function collect(chain: MathChain, key: string, out: number[]): void {
  for (let i = 0; i + 1 < chain.sides.length; i++) {
    const [formula, numbers] = [chain.sides[i]!, chain.sides[i + 1]!];
    if (numbers.numbers.length === 0 || !mentions(formula.node, key)) continue;
    const found: number[] = [];
    if (zip(formula.node, numbers.node, key, found)) out.push(...found);
  }
}

const bare = (n: MathNode): MathNode => (n instanceof ParenthesisNode ? bare(n.content) : n);

/** A printed number: a constant, or a minus before one. */
function numberOf(n: MathNode): number | undefined {
  const b = bare(n);
  if (b instanceof ConstantNode && typeof b.value === 'number') return b.value;
  if (b instanceof OperatorNode && b.fn === 'unaryMinus') {
    const inner = numberOf(b.args[0]!);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

function mentions(n: MathNode, key: string): boolean {
  return n.filter((x) => x instanceof SymbolNode && x.name === key).length > 0;
}

/** Walks the two trees together; false where their shapes part. */
function zip(f: MathNode, n: MathNode, key: string, found: number[]): boolean {
  const [a, b] = [bare(f), bare(n)];
  if (a instanceof SymbolNode) {
    const x = numberOf(b);
    if (x === undefined) return false;
    if (a.name === key) found.push(x);
    return true;
  }
  if (a instanceof ConstantNode) return numberOf(b) !== undefined;
  if (a instanceof OperatorNode && b instanceof OperatorNode && a.fn === b.fn && a.args.length === b.args.length) return a.args.every((x, i) => zip(x, b.args[i]!, key, found));
  if (a instanceof FunctionNode && b instanceof FunctionNode && a.fn.name === b.fn.name && a.args.length === b.args.length) return a.args.every((x, i) => zip(x, b.args[i]!, key, found));
  return false;
}

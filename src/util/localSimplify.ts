// Tree builders that apply only cheap local simplifications (0·x, 1·x, x + 0, −(−x), constant folding), for derivatives.
// Written by hand: mathjs's simplify is a general rewriter whose cost grows faster than the formula (a 30-term
// formula took over a minute) and which reorders terms (out(1 − out) becomes out − out²); these rules are O(1).
import type { MathNode } from './mathjs.js';
import { cond, fn, LONG_CHAIN, neg, num, op, subtractedTerm, sum } from './mathNodes.js';

type N = MathNode & { isConstantNode?: boolean; isFunctionNode?: boolean; value?: unknown; isOperatorNode?: boolean; fn?: string; args?: MathNode[]; subtracted?: boolean };

/** The number of a numeric constant node, or undefined. */
export function constantOf(node: MathNode): number | undefined {
  const n = node as N;
  return n.isConstantNode && typeof n.value === 'number' ? n.value : undefined;
}

/** The operand of a unary minus (not one standing for a subtraction in a chain), or undefined. */
function negated(node: MathNode): MathNode | undefined {
  const n = node as N;
  return n.isOperatorNode && n.fn === 'unaryMinus' ? n.args![0] : undefined;
}

/** A constant, written as a negated positive number when it is negative (−2, not a constant −2). */
export function constant(x: number): MathNode {
  return x < 0 || Object.is(x, -0) ? neg(num(-x)) : num(x);
}

/** −a, folding −(−a) and −c. */
export function negate(a: MathNode): MathNode {
  const c = constantOf(a);
  if (c !== undefined) return c === 0 ? num(0) : constant(-c);
  return negated(a) ?? neg(a);
}

/** A constant value of a node: a constant, a negated one, or a quotient of them (1/2). */
export function numericValue(node: MathNode): number | undefined {
  const c = constantOf(node);
  if (c !== undefined) return c;
  const inner = negated(node);
  if (inner !== undefined) {
    const c2 = numericValue(inner);
    return c2 === undefined ? undefined : -c2;
  }
  const n = node as N;
  if (!n.isOperatorNode || n.fn !== 'divide') return undefined;
  const [p, q] = [numericValue(n.args![0]!), numericValue(n.args![1]!)];
  return p === undefined || q === undefined ? undefined : p / q;
}

/** The product of two constants as one constant where it reads as well (2·3 = 6, ½·2 = 1), else undefined. */
function foldedProduct(a: MathNode, b: MathNode, ca: number, cb: number): MathNode | undefined {
  const plain = constantOf(negated(a) ?? a) !== undefined && constantOf(negated(b) ?? b) !== undefined;
  return plain || Number.isInteger(ca * cb) ? constant(ca * cb) : undefined;
}

/** c · (d · x) with constants c, d: the two constants folded when they fold well. */
function leadingConstant(node: MathNode): [MathNode, MathNode] | undefined {
  const n = node as N;
  if (!n.isOperatorNode || n.fn !== 'multiply' || n.args!.length !== 2 || numericValue(n.args![0]!) === undefined) return undefined;
  return [n.args![0]!, n.args![1]!];
}

/** u · sgn(u) = |u| (the derivative of |u| meets its own argument in the quotient rule). */
function isSignOf(node: MathNode, u: MathNode): boolean {
  const n = node as N & { fn?: { name?: string } };
  return n.isFunctionNode === true && n.fn?.name === 'sign' && n.args![0]!.toString() === u.toString();
}

/** a · b: 0 and 1 absorbed, constants folded and written first, a minus sign moved to the front. */
export function times(a: MathNode, b: MathNode): MathNode {
  const [ca, cb] = [numericValue(a), numericValue(b)];
  if (ca === 0 || cb === 0) return num(0);
  if (ca !== undefined && cb !== undefined) {
    const folded = foldedProduct(a, b, ca, cb);
    if (folded) return folded;
  }
  if (ca === 1) return b;
  if (cb === 1) return a;
  if (ca === -1) return negate(b);
  if (cb === -1) return negate(a);
  // A constant factor is written first (2 · u, not u · 2).
  if (cb !== undefined && ca === undefined) return times(b, a);
  const inner = ca !== undefined ? leadingConstant(b) : undefined;
  if (inner) {
    const folded = foldedProduct(a, inner[0], ca!, numericValue(inner[0])!);
    if (folded) return times(folded, inner[1]);
  }
  if (isSignOf(b, a) || isSignOf(a, b)) return fn('abs', isSignOf(b, a) ? a : b);
  // u · (1 if x > 0, else 0) = (u if x > 0, else 0): a case split of constants takes the factor into its rows.
  if (isConstantCases(b)) return scaleCases(b, a);
  if (isConstantCases(a)) return scaleCases(a, b);
  const na = negated(a);
  const nb = negated(b);
  if (na && ca === undefined) return negate(times(na, b));
  if (nb && cb === undefined) return negate(times(a, nb));
  return op('*', a, b);
}

/** a / b: a / 1 = a, 0 / b = 0, c / d folded when it is a whole number, a minus sign moved to the front. */
export function divide(a: MathNode, b: MathNode): MathNode {
  const [ca, cb] = [numericValue(a), numericValue(b)];
  if (ca === 0) return num(0);
  if (cb === 1) return a;
  if (ca !== undefined && cb !== undefined && Number.isInteger(ca / cb)) return constant(ca / cb);
  // −a/b, not (−a)/b
  const na = negated(a);
  if (na) return negate(divide(na, b));
  return op('/', a, b);
}

/** a^c for a constant exponent: a^1 = a, a^0 = 1. */
export function power(a: MathNode, c: number): MathNode {
  if (c === 1) return a;
  if (c === 0) return num(1);
  return op('^', a, constant(c));
}

/**
 * Σ of terms in order: constants folded into one (written last, 0 dropped), −b written as a subtraction
 * (a + (−b) prints a − b) in a short sum; a long one is one n-ary node (see mathNodes.sum).
 */
export function plus(given: readonly MathNode[]): MathNode {
  let c = 0;
  let hasConstant = false;
  const rest: MathNode[] = [];
  for (const t of cancelOpposites(given.flatMap(termsOf))) {
    const v = numericValue(t);
    if (v === undefined) rest.push(t);
    else if (v !== 0) [c, hasConstant] = [c + v, true];
  }
  if (hasConstant && c !== 0) rest.push(constant(c));
  if (rest.length === 0) return num(0);
  if (rest.length > LONG_CHAIN) return sum(rest.map((t) => (negated(t) ? subtractedTerm(negated(t)!) : t)));
  let acc = rest[0]!;
  for (const t of rest.slice(1)) {
    const inner = negated(t);
    acc = inner ? op('-', acc, inner) : op('+', acc, t);
  }
  return acc;
}

type Cases = MathNode & { isConditionalNode?: boolean; condition?: MathNode; trueExpr?: MathNode; falseExpr?: MathNode };

/** A case split whose every value is a constant (a derivative of relu, abs, max). */
function isConstantCases(node: MathNode): boolean {
  let n = node as Cases;
  if (!n.isConditionalNode) return false;
  while (n.isConditionalNode) {
    if (numericValue(n.trueExpr!) === undefined) return false;
    n = n.falseExpr as Cases;
  }
  return numericValue(n) !== undefined;
}

function scaleCases(node: MathNode, factor: MathNode): MathNode {
  const n = node as Cases;
  if (!n.isConditionalNode) return times(factor, node);
  return cond(n.condition!, times(factor, n.trueExpr!), scaleCases(n.falseExpr!, factor));
}

/** The terms of a short sum as a list (a − b gives a and −b); anything else is one term. */
function termsOf(node: MathNode): MathNode[] {
  const n = node as N;
  if (!n.isOperatorNode || n.args!.length !== 2) return [node];
  if (n.fn === 'add') return [...termsOf(n.args![0]!), ...termsOf(n.args![1]!)];
  if (n.fn === 'subtract') return [...termsOf(n.args![0]!), ...termsOf(n.args![1]!).map(negate)];
  return [node];
}

/** Drops each pair of a term and its negation (1 + |x| − |x| = 1), compared by their printed form. */
function cancelOpposites(terms: MathNode[]): MathNode[] {
  if (terms.length < 2 || !terms.some((t) => negated(t))) return terms;
  // The sign is kept apart from the printed form: −(−a + 0.5) and −(a + 0.5) are not opposites, though '-' + '-a + 0.5'
  // and '-a + 0.5' are.
  const keys = terms.map((t) => ({ minus: negated(t) !== undefined, printed: (negated(t) ?? t).toString() }));
  const dropped = new Set<number>();
  keys.forEach((k, i) => {
    if (dropped.has(i) || !k.minus) return;
    const j = keys.findIndex((other, jj) => !dropped.has(jj) && jj !== i && !other.minus && other.printed === k.printed);
    if (j >= 0) dropped.add(i).add(j);
  });
  return terms.filter((_, i) => !dropped.has(i));
}

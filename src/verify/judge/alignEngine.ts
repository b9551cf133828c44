// Lines up a side of numbers with one of the engine's own formulas for its subject (w5 − η·∂E/∂w5 against 0.9 − 0.5 · 0.1), in any order of terms and factors.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { NumberLiteral } from '../read/mathCursor.js';

/** A number of the side and the quantity id it stands for (negated: the formula has −id where the side has a negative literal). */
export interface EngineOperand {
  id: string;
  literal: NumberLiteral;
  negated: boolean;
}

/** How well a number stands for a quantity: 1 when it is the quantity's value at its printed precision, else 0. */
export type Fit = (id: string, literal: NumberLiteral, negated: boolean) => number;

interface Match {
  operands: EngineOperand[];
  score: number;
}

/** At most this many terms or factors are matched in every order; longer sums and products only in their written order. */
const MAX_PERMUTED = 6;

/**
 * The pairing of every number of `side` with a quantity of `formula` (a tree over quantity ids), or undefined when
 * the two do not have the same shape. Sums and products may list their terms and factors in any order: the order
 * that pairs the most numbers with their own values wins. A factor 1 on either side is ignored.
 */
export function alignEngine(formula: MathNode, side: MathNode, literals: readonly NumberLiteral[], fit: Fit): Match | undefined {
  const constants = side.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== literals.length) return undefined;
  const literalOf = new Map(constants.map((c, i) => [c, literals[i]!]));
  const match = (f: MathNode, n: MathNode, negated: boolean): Match | undefined => {
    const [a, b] = [unwrap(f), unwrap(n)];
    const literal = literalOf.get(b);
    if (a instanceof SymbolNode && (a.name.includes('$') || a.name === 'eta')) {
      if (!literal) return undefined;
      return { operands: [{ id: a.name, literal, negated }], score: fit(a.name, literal, negated) };
    }
    if (a instanceof ConstantNode) return literal && Number(a.value) === literal.value ? { operands: [], score: 0 } : undefined;
    if (a instanceof OperatorNode && a.fn === 'unaryMinus') {
      if (literal && literal.value < 0) return match(a.args[0]!, n, !negated);
      return b instanceof OperatorNode && b.fn === 'unaryMinus' ? match(a.args[0]!, b.args[0]!, negated) : undefined;
    }
    const listKind = a instanceof OperatorNode && (a.fn === 'add' || a.fn === 'subtract') ? 'sum' : a instanceof OperatorNode && a.fn === 'multiply' ? 'product' : undefined;
    if (listKind) return matchLists(flatten(a, listKind), flatten(b, listKind), (x, y) => match(x, y, negated));
    if (a instanceof OperatorNode && b instanceof OperatorNode && a.fn === b.fn && a.args.length === b.args.length) return all(a.args.map((x, i) => match(x, b.args[i]!, negated)));
    if (a instanceof FunctionNode && b instanceof FunctionNode && a.fn.name === b.fn.name && a.args.length === b.args.length) return all(a.args.map((x, i) => match(x, b.args[i]!, negated)));
    return undefined;
  };
  return match(formula, side, false);
}

interface Item {
  node: MathNode;
  /** The item enters a sum with a minus (a − b). */
  minus: boolean;
}

const unwrap = (n: MathNode): MathNode => (n instanceof ParenthesisNode ? unwrap(n.content) : n);

/** The terms of a sum (signs kept) or the factors of a product (factors 1 dropped). */
function flatten(node: MathNode, kind: 'sum' | 'product', minus = false): Item[] {
  const n = unwrap(node);
  if (n instanceof OperatorNode && kind === 'sum' && (n.fn === 'add' || n.fn === 'subtract')) {
    return [...flatten(n.args[0]!, kind, minus), ...flatten(n.args[1]!, kind, n.fn === 'subtract' ? !minus : minus)];
  }
  if (n instanceof OperatorNode && kind === 'product' && n.fn === 'multiply') return n.args.flatMap((x) => flatten(x, kind));
  if (kind === 'product' && n instanceof ConstantNode && Number(n.value) === 1) return [];
  return [{ node: n, minus }];
}

/** The best bijection between two lists of items (same signs), each pair matched by `pair`. */
function matchLists(formula: Item[], side: Item[], pair: (f: MathNode, n: MathNode) => Match | undefined): Match | undefined {
  if (formula.length !== side.length || formula.length === 0) return undefined;
  const cell = formula.map((f) => side.map((n) => (f.minus === n.minus ? pair(f.node, n.node) : undefined)));
  if (formula.length > MAX_PERMUTED) return all(cell.map((row, i) => row[i]));
  let best: Match | undefined;
  const used = new Array<boolean>(side.length).fill(false);
  const chosen: Match[] = [];
  const search = (i: number): void => {
    if (i === formula.length) {
      const m = all(chosen);
      if (m && (!best || m.score > best.score)) best = m;
      return;
    }
    for (let j = 0; j < side.length; j++) {
      const m = cell[i]![j];
      if (used[j] || !m) continue;
      used[j] = true;
      chosen.push(m);
      search(i + 1);
      chosen.pop();
      used[j] = false;
    }
  };
  search(0);
  return best;
}

function all(matches: readonly (Match | undefined)[]): Match | undefined {
  if (matches.some((m) => m === undefined)) return undefined;
  return { operands: matches.flatMap((m) => m!.operands), score: matches.reduce((s, m) => s + m!.score, 0) };
}

// Pairs the terms of a sum or the factors of a product with a formula's, in any order or grouping: the list matching under alignEngine.
import { ConstantNode, OperatorNode, ParenthesisNode, type MathNode } from '../../util/mathjs.js';
import type { NumberLiteral } from '../read/mathCursor.js';
import { filterTree } from '../../util/walkTree.js';

/** A number of the side and the quantity id it stands for (negated: the formula has −id where the side has a negative literal). */
export interface EngineOperand {
  id: string;
  literal: NumberLiteral;
  negated: boolean;
  /** For one number printed for a part of the formula (−0.17 for t − y), not a quantity (id ''): that part and its value. */
  part?: { formula: MathNode; value: number };
}

/** A reading of a side against a formula: the numbers paired with quantities, and how many fit their quantity. */
export interface Match {
  operands: EngineOperand[];
  score: number;
}

/** At most this many terms or factors are matched in every order or grouping; longer ones only as written. */
export const MAX_PERMUTED = 6;

/** Every choice of `size` items of `items`. */
export function* subsets<T>(items: readonly T[], size: number): Generator<T[]> {
  if (size === 0) yield [];
  else for (let k = 0; k + size <= items.length; k++) for (const rest of subsets(items.slice(k + 1), size - 1)) yield [items[k]!, ...rest];
}

export interface Item {
  node: MathNode;
  /** The item enters a sum with a minus (a − b), or a product as a divisor (a / b). */
  minus: boolean;
}

export const unwrap = (n: MathNode): MathNode => (n instanceof ParenthesisNode ? unwrap(n.content) : n);

/** The terms of a sum (signs kept) or the factors of a product (divisors marked). */
export function flatten(node: MathNode, kind: 'sum' | 'product', minus = false): Item[] {
  const items: Item[] = [];
  flattenInto(node, kind, minus, items);
  return items;
}

/** flatten's walk, each item pushed onto one list (a sum of n terms was copied n times over, as nested spreads). */
function flattenInto(node: MathNode, kind: 'sum' | 'product', minus: boolean, items: Item[]): void {
  const n = unwrap(node);
  if (n instanceof OperatorNode && kind === 'sum' && (n.fn === 'add' || n.fn === 'subtract')) {
    flattenInto(n.args[0]!, kind, minus, items);
    flattenInto(n.args[1]!, kind, n.fn === 'subtract' ? !minus : minus, items);
  } else if (n instanceof OperatorNode && kind === 'product' && n.fn === 'multiply') for (const x of n.args) flattenInto(x, kind, minus, items);
  else if (n instanceof OperatorNode && kind === 'product' && n.fn === 'divide') {
    flattenInto(n.args[0]!, kind, minus, items);
    flattenInto(n.args[1]!, kind, !minus, items);
  } else items.push({ node: n, minus });
}

export const withoutOnes = (items: Item[]): Item[] => items.filter((x) => !(x.node instanceof ConstantNode && Number(x.node.value) === 1));

/**
 * The best pairing of a formula's terms (or factors) with the side's: one to one in any order, or, when the side has
 * more, in order with each formula item taking a run of the side's (the document computing a part as it goes).
 */
export type Pair = (f: MathNode, n: MathNode, flip: boolean, index: number) => Match | undefined;

export function matchLists(formula: Item[], side: Item[], kind: 'sum' | 'product', pair: Pair): Match | undefined {
  if (formula.length === 0 || side.length === 0) return undefined;
  if (formula.length === side.length) return bijection(formula, side, pair);
  if (side.length < formula.length || side.length > MAX_PERMUTED) return undefined;
  let best: Match | undefined;
  for (const groups of compositions(side.length, formula.length)) {
    let at = 0;
    const parts = groups.map((size) => {
      const run = side.slice(at, (at += size));
      return { node: join(run, kind), minus: run.length === 1 ? run[0]!.minus : false };
    });
    const m = all(formula.map((f, i) => pair(f.node, parts[i]!.node, f.minus !== parts[i]!.minus, i)));
    if (m && (!best || m.score > best.score)) best = m;
  }
  return best;
}

function bijection(formula: Item[], side: Item[], pair: Pair): Match | undefined {
  const diagonal = formula.map((f, i) => pair(f.node, side[i]!.node, f.minus !== side[i]!.minus, i));
  // longer lists pair only as written; and as written is the first order tried, which no other beats when every
  // number in it already scores (each scores at most 1): the other n² − n pairs are matched only when needed
  const asWritten = all(diagonal);
  if (formula.length > MAX_PERMUTED || (asWritten && asWritten.score >= side.reduce((s, x) => s + numbersIn(x.node), 0))) return asWritten;
  const cell = formula.map((f, i) => side.map((n, j) => (i === j ? diagonal[i] : pair(f.node, n.node, f.minus !== n.minus, i))));
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

/** The number literals of a side's item: a bound on the score any pairing of it gets. */
const numbersIn = (node: MathNode): number => filterTree(node, (n) => n instanceof ConstantNode && typeof n.value === 'number').length;

/** A run of items as one node: their product (divisors dividing), or their signed sum. */
function join(run: Item[], kind: 'sum' | 'product'): MathNode {
  if (run.length === 1) return run[0]!.node;
  if (kind === 'product') {
    const first = run[0]!.minus ? new OperatorNode('/', 'divide', [new ConstantNode(1), run[0]!.node]) : run[0]!.node;
    return run.slice(1).reduce((acc, x) => (x.minus ? new OperatorNode('/', 'divide', [acc, x.node]) : new OperatorNode('*', 'multiply', [acc, x.node])), first);
  }
  return run.slice(1).reduce((acc, x) => new OperatorNode(x.minus ? '-' : '+', x.minus ? 'subtract' : 'add', [acc, x.node]), run[0]!.minus ? new OperatorNode('-', 'unaryMinus', [run[0]!.node]) : run[0]!.node);
}

/** Every way to cut n items, in order, into k non-empty runs (as run lengths). */
function* compositions(n: number, k: number): Generator<number[]> {
  if (k === 1) {
    yield [n];
    return;
  }
  for (let first = 1; first <= n - k + 1; first++) for (const rest of compositions(n - first, k - 1)) yield [first, ...rest];
}

export function all(matches: readonly (Match | undefined)[]): Match | undefined {
  if (matches.some((m) => m === undefined)) return undefined;
  return { operands: matches.flatMap((m) => m!.operands), score: matches.reduce((s, m) => s + m!.score, 0) };
}

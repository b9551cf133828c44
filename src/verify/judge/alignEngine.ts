// Lines up a side of numbers with a formula (the document's, or one of the engine's own): each printed number meets the quantity it stands for, in any order of terms and factors.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, type MathNode } from '../../util/mathjs.js';
import type { NumberLiteral } from '../read/mathCursor.js';
import { finiteValue } from '../../util/mathNodes.js';

/** A number of the side and the quantity id it stands for (negated: the formula has −id where the side has a negative literal). */
export interface EngineOperand {
  id: string;
  literal: NumberLiteral;
  negated: boolean;
}

/** What the aligner needs to know of the formula's names. */
export interface AlignEnv {
  /** The quantity id a formula node stands for (a name or a derivative), if it is one. */
  leafId(node: MathNode): string | undefined;
  /** How well a printed number stands for a quantity: 1 when it is its value at the printed precision, else 0. */
  fit(id: string, literal: NumberLiteral, negated: boolean): number;
  /** The value of a formula subtree at the network's values, if every name in it has one. */
  valueOf(node: MathNode): number | undefined;
}

interface Match {
  operands: EngineOperand[];
  score: number;
}

/** At most this many terms or factors are matched in every order or grouping; longer ones only as written. */
const MAX_PERMUTED = 6;

/**
 * The pairing of every number of `side` with the quantity of `formula` it stands for, or undefined when the two do
 * not have the same shape. Sums and products may list their terms and factors in any order, and a run of numbers may
 * stand for one name the document computed on the way ((0.55 × 0.45) for h(1 − h)); the reading that pairs the most
 * numbers with their own values wins. A factor 1 on either side is ignored.
 */
export function alignEngine(formula: MathNode, side: MathNode, literals: readonly NumberLiteral[], env: AlignEnv): Match | undefined {
  const constants = side.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== literals.length) return undefined;
  const literalOf = new Map(constants.map((c, i) => [c, literals[i]!]));
  const numeric = (n: MathNode): number | undefined => finiteValue(n);
  /** A formula part the document replaced by numbers it computed itself: it matches when their value is its value. */
  const byValue = (f: MathNode, n: MathNode): Match | undefined => {
    const [want, got] = [env.valueOf(f), numeric(n)];
    if (want === undefined || got === undefined) return undefined;
    return Math.abs(want - got) <= 0.005 * Math.max(1e-9, Math.abs(want)) + 1e-9 ? { operands: [], score: 0 } : undefined;
  };
  const match = (f: MathNode, n: MathNode, negated: boolean): Match | undefined => {
    const [a, b] = [unwrap(f), unwrap(n)];
    const literal = literalOf.get(b);
    // σ(z) against σ(0.3775) is matched inside (z is the operand), against 0.5933 as the quantity σ(z) is
    const sameCall = a instanceof FunctionNode && b instanceof FunctionNode && a.fn.name === b.fn.name;
    const id = sameCall ? undefined : env.leafId(a);
    if (id !== undefined) {
      if (literal) return { operands: [{ id, literal, negated }], score: env.fit(id, literal, negated) };
      return byValue(negated ? new OperatorNode('-', 'unaryMinus', [a]) : a, b);
    }
    if (a instanceof ConstantNode) return literal && Number(a.value) === literal.value ? { operands: [], score: 0 } : undefined;
    if (a instanceof OperatorNode && a.fn === 'unaryMinus') {
      if (literal && literal.value < 0) return match(a.args[0]!, n, !negated);
      return b instanceof OperatorNode && b.fn === 'unaryMinus' ? match(a.args[0]!, b.args[0]!, negated) : undefined;
    }
    const listKind: 'sum' | 'product' | undefined = a instanceof OperatorNode && (a.fn === 'add' || a.fn === 'subtract') ? 'sum' : a instanceof OperatorNode && a.fn === 'multiply' ? 'product' : undefined;
    if (listKind === 'sum') {
      // a term the side writes with the other sign (− 0.1 · 4 for + w_12 x_2 with w_12 = −0.1) stands negated
      // only when the two terms then add the same sign to the sum: a sign slip is not read as a negated factor
      const pair = (x: MathNode, y: MathNode, flip: boolean): Match | undefined => {
        if (!flip) return match(x, y, negated);
        const [want, got] = [env.valueOf(x), numeric(y)];
        return want !== undefined && got !== undefined && want * got < 0 ? match(x, y, !negated) : undefined;
      };
      const [fs, ns] = [flatten(a, 'sum'), flatten(b, 'sum')];
      return matchLists(fs, ns, 'sum', pair) ?? withoutZeros(fs, ns, pair) ?? byValue(a, b);
    }
    if (listKind === 'product') {
      // −(w x) is (−w) x: a product's sign belongs to one factor, whichever gives the better reading
      const [fs, ns] = [flatten(a, 'product'), flatten(b, 'product')];
      let best: Match | undefined;
      for (let k = 0; k < (negated ? fs.length : 1); k++) {
        const pair = (x: MathNode, y: MathNode, _flip: boolean, i: number): Match | undefined => match(x, y, negated && i === k);
        // A factor 1 written on one side only (b_1 · 1, or 0.35 · 1 for b_1) is no operand.
        const m = matchLists(fs, ns, 'product', pair) ?? matchLists(withoutOnes(fs), withoutOnes(ns), 'product', pair);
        if (m && (!best || m.score > best.score)) best = m;
      }
      return best ?? byValue(a, b);
    }
    if (a instanceof OperatorNode && b instanceof OperatorNode && a.fn === b.fn && a.args.length === b.args.length) return all(a.args.map((x, i) => match(x, b.args[i]!, negated)));
    if (a instanceof FunctionNode && b instanceof FunctionNode && a.fn.name === b.fn.name && a.args.length === b.args.length) return all(a.args.map((x, i) => match(x, b.args[i]!, negated)));
    return byValue(a, b);
  };
  /** A term worth exactly 0 (a zero bias, a dead unit's w · 0) may be left out of the side: the best reading without as many. */
  const withoutZeros = (fs: Item[], ns: Item[], pair: Pair): Match | undefined => {
    const zeros = fs.flatMap((f, k) => (env.valueOf(f.node) === 0 ? [k] : []));
    const drop = fs.length - ns.length;
    if (drop <= 0 || drop > zeros.length || zeros.length > MAX_PERMUTED) return undefined;
    let best: Match | undefined;
    for (const left of subsets(zeros, drop)) {
      const m = matchLists(fs.filter((_, k) => !left.includes(k)), ns, 'sum', pair);
      if (m && (!best || m.score > best.score)) best = m;
    }
    // a reading that leaves terms out is a guess: it stands only where it pairs a number with its own value
    return best && best.score > 0 ? best : undefined;
  };
  return match(formula, side, false);
}

/** Every choice of `size` items of `items`. */
function* subsets<T>(items: readonly T[], size: number): Generator<T[]> {
  if (size === 0) yield [];
  else for (let k = 0; k + size <= items.length; k++) for (const rest of subsets(items.slice(k + 1), size - 1)) yield [items[k]!, ...rest];
}

interface Item {
  node: MathNode;
  /** The item enters a sum with a minus (a − b). */
  minus: boolean;
}

const unwrap = (n: MathNode): MathNode => (n instanceof ParenthesisNode ? unwrap(n.content) : n);

/** The terms of a sum (signs kept) or the factors of a product. */
function flatten(node: MathNode, kind: 'sum' | 'product', minus = false): Item[] {
  const n = unwrap(node);
  if (n instanceof OperatorNode && kind === 'sum' && (n.fn === 'add' || n.fn === 'subtract')) {
    return [...flatten(n.args[0]!, kind, minus), ...flatten(n.args[1]!, kind, n.fn === 'subtract' ? !minus : minus)];
  }
  if (n instanceof OperatorNode && kind === 'product' && n.fn === 'multiply') return n.args.flatMap((x) => flatten(x, kind));
  return [{ node: n, minus }];
}

const withoutOnes = (items: Item[]): Item[] => items.filter((x) => !(x.node instanceof ConstantNode && Number(x.node.value) === 1));

/**
 * The best pairing of a formula's terms (or factors) with the side's: one to one in any order, or, when the side has
 * more, in order with each formula item taking a run of the side's (the document computing a part as it goes).
 */
type Pair = (f: MathNode, n: MathNode, flip: boolean, index: number) => Match | undefined;

function matchLists(formula: Item[], side: Item[], kind: 'sum' | 'product', pair: Pair): Match | undefined {
  if (formula.length === 0 || side.length === 0) return undefined;
  if (formula.length === side.length) return bijection(formula, side, pair);
  if (side.length < formula.length || side.length > MAX_PERMUTED) return undefined;
  let best: Match | undefined;
  for (const groups of compositions(side.length, formula.length)) {
    let at = 0;
    const parts = groups.map((size) => {
      const run = side.slice(at, (at += size));
      return { node: join(run, kind), minus: kind === 'sum' && run.length === 1 ? run[0]!.minus : false };
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
const numbersIn = (node: MathNode): number => node.filter((n) => n instanceof ConstantNode && typeof n.value === 'number').length;

/** A run of items as one node: their product, or their signed sum. */
function join(run: Item[], kind: 'sum' | 'product'): MathNode {
  if (run.length === 1) return run[0]!.node;
  if (kind === 'product') return run.slice(1).reduce((acc, x) => new OperatorNode('*', 'multiply', [acc, x.node]), run[0]!.node);
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

function all(matches: readonly (Match | undefined)[]): Match | undefined {
  if (matches.some((m) => m === undefined)) return undefined;
  return { operands: matches.flatMap((m) => m!.operands), score: matches.reduce((s, m) => s + m!.score, 0) };
}

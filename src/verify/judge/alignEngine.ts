// Lines up a side of numbers with a formula (the document's, or one of the engine's own): each printed number meets the quantity it stands for, in any order of terms and factors.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { NumberLiteral } from '../read/mathCursor.js';
import { finiteValue } from '../../util/mathNodes.js';
import { all, flatten, matchLists, MAX_PERMUTED, subsets, unwrap, withoutOnes, type Item, type Match, type Pair } from './alignLists.js';
import { filterTree } from '../../util/walkTree.js';

export type { EngineOperand } from './alignLists.js';

/** What the aligner needs to know of the formula's names. */
export interface AlignEnv {
  /** The quantity id a formula node stands for (a name or a derivative), if it is one. */
  leafId(node: MathNode): string | undefined;
  /** How well a printed number stands for a quantity: 1 when it is its value at the printed precision, else 0. */
  fit(id: string, literal: NumberLiteral, negated: boolean): number;
  /** The value of a formula subtree at the network's values, if every name in it has one. */
  valueOf(node: MathNode): number | undefined;
  /** The engine's formulas for a quantity (∂E/∂w_5 as δ_{o1} · out_{h1}), where the side works one out in numbers. */
  forms?(id: string): readonly MathNode[];
  /** The function a call of the formula computes of its argument (g_ReLU(z) a unit's activation), where the names say. */
  functionOf?(call: FunctionNode): ((x: number) => number) | undefined;
}

/** The score of numbers that match a formula part by their value alone. */
const BY_VALUE = 0.5;

/** A quantity the side works out in numbers is opened into its own formula at most this deep (η ∂E/∂w → η δ a). */
const MAX_OPENED = 2;

/**
 * The pairing of every number of `side` with the quantity of `formula` it stands for, or undefined when the two do
 * not have the same shape. Sums and products may list their terms and factors in any order, and a run of numbers may
 * stand for one name the document computed on the way ((0.55 × 0.45) for h(1 − h)); the reading that pairs the most
 * numbers with their own values wins. A factor 1 on either side is ignored.
 */
export function alignEngine(formula: MathNode, side: MathNode, literals: readonly NumberLiteral[], env: AlignEnv): Match | undefined {
  const constants = filterTree(side, (n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== literals.length) return undefined;
  const literalOf = new Map(constants.map((c, i) => [c, literals[i]!]));
  const numeric = (n: MathNode): number | undefined => finiteValue(n);
  /**
   * A formula part the document replaced by numbers it computed itself: it matches when their value is its value, and
   * scores half a number: less than a number paired with its own value, more than a reading that calls one wrong.
   */
  const byValue = (f: MathNode, n: MathNode): Match | undefined => {
    const [want, got] = [env.valueOf(f), numeric(n)];
    if (want === undefined || got === undefined) return undefined;
    // one number printed for a part (−0.17 for t − y = −0.1651) is its value rounded to the places printed: an operand
    // (a whole number is no rounding: 0 for −0.47 is not its value)
    const literal = literalOf.get(unwrap(n));
    if (literal && literal.decimals > 0 && Math.abs(want - got) <= 0.5 * 10 ** -literal.decimals * (1 + 1e-9)) {
      return { operands: [{ id: '', literal, negated: false, part: { formula: f, value: want } }], score: BY_VALUE };
    }
    return want === got || Math.abs(want - got) <= 0.005 * Math.abs(want) ? { operands: [], score: BY_VALUE } : undefined;
  };
  let opened = 0;
  /**
   * A quantity the side writes as a run of numbers of another value (0.1 × 0.594 × (−0.073) for η ∂E/∂w): those
   * numbers are the quantity's own formula worked out, each standing for a name of it, when one of them is its name's
   * value (a reading anchored by one number at least).
   */
  const open = (id: string, n: MathNode, negated: boolean): Match | undefined => {
    if (!env.forms || opened >= MAX_OPENED) return undefined;
    opened++;
    let best: Match | undefined;
    for (const form of env.forms(id)) {
      if (unwrap(form) instanceof SymbolNode || filterTree(form, (x) => x instanceof SymbolNode && x.name === id).length > 0) continue;
      const m = match(form, n, negated);
      if (m && m.score > 0 && (!best || m.score > best.score)) best = m;
    }
    opened--;
    return best;
  };
  const match = (f: MathNode, n: MathNode, negated: boolean): Match | undefined => {
    const [a, b] = [unwrap(f), unwrap(n)];
    const literal = literalOf.get(b);
    // σ(z) against σ(0.3775) is matched inside (z is the operand), against 0.5933 as the quantity σ(z) is
    const sameCall = a instanceof FunctionNode && b instanceof FunctionNode && a.fn.name === b.fn.name;
    // g_ReLU(z_3) against max(0, −0.273): the page's name for the function the side writes out, matched inside
    const same = !sameCall && a instanceof FunctionNode && b instanceof FunctionNode ? sameFunction(a, b, env) : undefined;
    if (same) return match(same[0], same[1], negated);
    const id = sameCall ? undefined : env.leafId(a);
    if (id !== undefined) {
      if (literal) return { operands: [{ id, literal, negated }], score: env.fit(id, literal, negated) };
      // worked out in numbers whose value is the quantity's, the numbers may still stand for its formula's names
      // (−0.0405 · 1 for δ_e1 · ∂net/∂b): read so only where each of them is its name's value (else a swapped
      // reading that pairs the 1s wins); a reading that would call one of them wrong does not beat the value
      const whole = byValue(negated ? new OperatorNode('-', 'unaryMinus', [a]) : a, b);
      if (!whole) return open(id, b, negated);
      const opened = open(id, b, negated);
      const numbers = filterTree(b, (x) => literalOf.has(x)).length;
      return opened && opened.operands.length === numbers && opened.score >= numbers ? opened : whole;
    }
    if (a instanceof ConstantNode) return literal && Number(a.value) === literal.value ? { operands: [], score: 0 } : undefined;
    if (a instanceof OperatorNode && a.fn === 'unaryMinus') {
      if (literal && literal.value < 0) return match(a.args[0]!, n, !negated);
      if (b instanceof OperatorNode && b.fn === 'unaryMinus') return match(a.args[0]!, b.args[0]!, negated);
      // −(η/√v̂ · m̂) written −0.1 · 4/√16: the minus goes with the one negative number among the side's factors
      return negativeFactor(b, literalOf) ? match(a.args[0]!, n, !negated) : undefined;
    }
    const listKind: 'sum' | 'product' | undefined = a instanceof OperatorNode && (a.fn === 'add' || a.fn === 'subtract') ? 'sum' : a instanceof OperatorNode && (a.fn === 'multiply' || a.fn === 'divide') ? 'product' : undefined;
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
        // a factor divides on both sides or on neither (η/√v̂ · m̂ is η · m̂/√v̂, never η · √v̂/m̂)
        const pair = (x: MathNode, y: MathNode, inverse: boolean, i: number): Match | undefined => (inverse ? undefined : match(x, y, negated && i === k));
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

/** Points at which two functions of one argument must agree to be taken for one. */
const PROBES = [-1.7, -0.3, 0.6, 2.2];

/**
 * The arguments of two calls of one function under two names (g_ReLU(z) and max(0, −0.273), f(net) and σ(0.3775)):
 * the formula's call has one argument that is not a number, and the side's call, with one of its arguments free, agrees
 * with it at every probe point.
 */
function sameFunction(a: FunctionNode, b: FunctionNode, env: AlignEnv): [MathNode, MathNode] | undefined {
  const open = a.args.flatMap((x, i) => (x instanceof ConstantNode ? [] : [i]));
  if (open.length !== 1) return undefined;
  const at = (c: FunctionNode, k: number, x: number): MathNode => new FunctionNode(c.fn, c.args.map((y, i) => (i === k ? new ConstantNode(x) : y)));
  const own = env.functionOf?.(a);
  const kb = b.args.findIndex((_, k) => PROBES.every((x) => {
    const [u, v] = [own ? own(x) : env.valueOf(at(a, open[0]!, x)), finiteValue(at(b, k, x))];
    return u !== undefined && v !== undefined && Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(u));
  }));
  return kb < 0 ? undefined : [a.args[open[0]!]!, b.args[kb]!];
}

/** Whether a side is a product or quotient with exactly one negative number among its factors (−0.1 · 4/√16). */
function negativeFactor(side: MathNode, literalOf: ReadonlyMap<MathNode, NumberLiteral>): boolean {
  const n = unwrap(side);
  if (!(n instanceof OperatorNode) || (n.fn !== 'multiply' && n.fn !== 'divide')) return false;
  return flatten(n, 'product').filter((x) => (literalOf.get(x.node)?.value ?? 0) < 0).length === 1;
}

// Which part of an earlier side each number of a later side replaces (σ(z)(1 − σ(z)) = 0.6028 × 0.3972: 0.6028 is σ(z)),
// walking both trees where their shapes agree. Shared by the step-by-step check and the correlated rounding bound.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, type MathNode } from '../../util/mathjs.js';
import type { MathSide, NumberLiteral } from '../read/parseLatexMath.js';
import { finiteValue } from '../../util/mathNodes.js';

/** A part of the earlier side, the number node that replaces it, and that number as printed. */
export interface ReplacedPart { part: MathNode; node: MathNode; literal: NumberLiteral }

/**
 * The replaced parts, and whether the two sides matched throughout (every shape the same, every number that stands
 * where the earlier side has a number equal to it); undefined when the later side's numbers cannot be placed.
 */
export function replacedParts(earlier: MathNode, later: MathSide): { parts: ReplacedPart[]; whole: boolean } | undefined {
  const constants = later.node.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== later.numbers.length) return undefined;
  const literalOf = new Map<MathNode, NumberLiteral>(constants.map((c, k) => [c, later.numbers[k]!]));
  const parts: ReplacedPart[] = [];
  let whole = true;
  const stack: [MathNode, MathNode][] = [[earlier, later.node]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!.map(unwrap) as [MathNode, MathNode];
    const literal = literalOf.get(b);
    if (literal) {
      if (!(a instanceof ConstantNode)) parts.push({ part: a, node: b, literal });
      else if (Number(a.value) !== literal.value) whole = false;
      continue;
    }
    const [ta, tb] = [addends(a), addends(b)];
    if (ta.length > tb.length && tb.length > 1) {
      // (−0.264)² + 0² + (0.088)² + 0² = 0.069696 + 0.007744: a shorter sum stands for groups of the longer one's terms
      // in order (here without the zero terms), the grouping under which each printed term is its group's value
      // (no cut fits: a term is misprinted, and the terms are paired by position as below)
      const groups = groupsOf(ta, tb, literalOf);
      if (groups) {
        groups.forEach((g, k) => stack.push([g, tb[k]!]));
        continue;
      }
    }
    const same = (a instanceof OperatorNode && b instanceof OperatorNode && a.fn === b.fn) || (a instanceof FunctionNode && b instanceof FunctionNode && a.fn.name === b.fn.name);
    const [xs, ys] = [(a as OperatorNode).args ?? [], (b as OperatorNode).args ?? []];
    if (same && xs.length === ys.length) xs.forEach((x, i) => stack.push([x, ys[i]!]));
    else whole = false;
  }
  return { parts, whole };
}

export const unwrap = (n: MathNode): MathNode => (n instanceof ParenthesisNode ? unwrap(n.content) : n);

/** The terms of a sum written with + only (a + b + c), each once; a single term for anything else. */
function addends(n: MathNode): MathNode[] {
  const m = unwrap(n);
  return m instanceof OperatorNode && m.fn === 'add' && m.args.length === 2 ? [...addends(m.args[0]!), ...addends(m.args[1]!)] : [m];
}

/**
 * The terms of `long` cut into `short.length` runs, in order, such that each run's value is the printed number of
 * `short` at its place (within its rounding); undefined where a term cannot be evaluated or no cut fits.
 */
function groupsOf(long: readonly MathNode[], short: readonly MathNode[], literalOf: ReadonlyMap<MathNode, NumberLiteral>): MathNode[] | undefined {
  const values = long.map((t) => finiteValue(t));
  const printed = short.map((t) => literalOf.get(t));
  if (long.length > 12 || values.some((v) => v === undefined) || printed.some((p) => p === undefined)) return undefined;
  const fits = (from: number, to: number, k: number): boolean => {
    const sum = values.slice(from, to).reduce((x, y) => x! + y!, 0)!;
    return Math.abs(sum - printed[k]!.value) <= 0.5 * 10 ** -printed[k]!.decimals + 1e-12;
  };
  const cut = (from: number, k: number): number[] | undefined => {
    if (k === short.length - 1) return fits(from, long.length, k) ? [long.length] : undefined;
    for (let to = from + 1; to <= long.length - (short.length - 1 - k); to++) {
      const rest = fits(from, to, k) ? cut(to, k + 1) : undefined;
      if (rest) return [to, ...rest];
    }
    return undefined;
  };
  const ends = cut(0, 0);
  if (!ends) return undefined;
  return ends.map((to, k) => {
    const run = long.slice(k === 0 ? 0 : ends[k - 1], to);
    return run.slice(1).reduce((x, y) => new OperatorNode('+', 'add', [x, y]), run[0]!);
  });
}

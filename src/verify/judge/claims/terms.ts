// Judges a sum of printed terms against the earlier line that computed them: E = ½(0.01 − 0.7513)² + … then E = 0.2747 + 0.0235.
import { ConstantNode, OperatorNode, ParenthesisNode, type MathNode } from '../../../util/mathjs.js';
import type { MathSide } from '../../read/parseLatexMath.js';
import { shownPast } from '../explain/arithmeticSlip.js';
import type { Claim } from '../claim.js';
import type { Arithmetic } from '../memory.js';
import { atDecimals, judgeNumber } from '../verdict.js';
import { roundingSlack } from '../roundingSlack.js';
import { finiteValue } from '../../../util/mathNodes.js';

/** The terms of a sum, signs kept: a - b → [a, -b]. */
function sumTerms(node: MathNode): MathNode[] {
  const n = node instanceof ParenthesisNode ? node.content : node;
  if (n instanceof OperatorNode && n.fn === 'add' && n.args.length === 2) return [...sumTerms(n.args[0]!), ...sumTerms(n.args[1]!)];
  return [n];
}

/** Each term's rounding slack from the literals it holds (the side's literals in order, term by term). */
function termSlacks(terms: readonly MathNode[], side: MathSide, givenValues?: ReadonlySet<number>): number[] {
  let from = 0;
  return terms.map((t) => {
    const count = t.filter((n) => n instanceof ConstantNode).length;
    const literals = side.numbers.slice(from, from + count);
    from += count;
    return literals.length === count ? roundingSlack(t, literals, givenValues) : 0;
  });
}


/**
 * `E = ½(0.01 − 0.7513)² + ½(0.99 − 0.7729)²` then `E = 0.2747 + 0.0235`: each printed term is judged against the
 * quantity the earlier term computes (the one whose value it is nearest), with the earlier term's value as the
 * document's own propagation, and named as an arithmetic slip when that term does not give it.
 */
export function termClaims(side: MathSide, previous: Arithmetic, nearest: (value: number, tolerance: number) => { id: string; subject: string } | undefined, exact: (id: string) => number, givenValues?: ReadonlySet<number>): Claim[] {
  const now = sumTerms(side.node);
  const before = sumTerms(previous.side.node);
  if (now.length < 2 || now.length !== before.length || side.numbers.length !== now.length) return [];
  if (!now.every((t) => t instanceof ConstantNode) || before.every((t) => t instanceof ConstantNode)) return [];
  const claims: Claim[] = [];
  const slacks = termSlacks(before, previous.side, givenValues);
  now.forEach((_, i) => {
    const literal = side.numbers[i]!;
    const term = before[i]!;
    const value = finiteValue(term);
    if (value === undefined || Math.sign(value) !== Math.sign(literal.value)) return;
    const found = nearest(value, 2 * 10 ** -literal.decimals);
    // the earlier term computes that quantity only within its own operands' rounding: (0.2)(0.05) is no quantity's
    if (found === undefined || Math.abs(exact(found.id) - value) > 3 * (slacks[i] ?? 0) + 1e-9 * Math.max(1, Math.abs(value))) return;
    const verdict = judgeNumber(literal.text, exact(found.id), { rounded: [value], truncated: [value] });
    if (verdict.verdict === 'exact') return;
    const slip = Number(atDecimals(value, literal.decimals)) === literal.value ? undefined
      : { slip: 'arithmetic' as const, detail: `${term.toString()} = ${shownPast(value, literal.decimals)}, which rounds to ${atDecimals(value, literal.decimals)}` };
    claims.push({ kind: 'operand', ...verdict, start: literal.start, printed: literal.text, quantity: found.id, subject: found.subject, ...(slip ?? {}) });
  });
  return claims;
}

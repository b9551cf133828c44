// Rule "row by row": a sum of bare numbers that names nothing (−0.47355 − 0.52107 − 0.0015) after a side of numbers that
// names nothing either (0.5·−0.9471 + (−0.3)·0.1739 + 0.2·−0.0075) works that side one step on, term by term.
import { ConstantNode, OperatorNode, type MathNode } from '../../util/mathjs.js';
import type { MathSide, NumberLiteral } from '../read/parseLatexMath.js';
import { literalsOf } from '../read/sideLiterals.js';
import { unwrapParentheses } from '../../util/mathNodes.js';
import { evaluateSide, type Lookup } from '../resolve/evaluateSide.js';
import type { Claim } from './claim.js';
import type { DocumentMemory } from './memory.js';
import { reproduces } from './explain/slip.js';
import { atDecimals, judgeNumber, printedDecimals } from './verdict.js';

/** Looked back over at most this many sides of numbers that named nothing. */
const RECENT = 8;
/** A row of fewer terms could match another by chance. */
const MIN_TERMS = 3;

interface Term {
  sign: 1 | -1;
  node: MathNode;
}

/**
 * Claims on the terms of `side` where it is, term for term and in the same order, the terms of one recent unnamed side
 * worked out (each term there has an operation, each here is one printed number), all of them but one reproducing
 * that term's value at their printed places. Two earlier sides that fit, or none: no claim.
 */
export function rowTermClaims(side: MathSide, memory: DocumentMemory, lookup: Lookup): Claim[] {
  const later = termsOf(side.node);
  if (later.length < MIN_TERMS) return [];
  const literals = literalsOf(side);
  if (!literals || later.some((t) => !literals.has(unwrapParentheses(t.node)))) return [];
  const fits = memory.recentUnnamed(RECENT).flatMap((earlier) => {
    const values = termsOf(earlier.node).map((t) => (t.node instanceof ConstantNode ? undefined : valueOf(t, lookup)));
    if (values.length !== later.length || values.some((v) => v === undefined)) return [];
    const misses = later.filter((t, k) => !reproduces(literals.get(unwrapParentheses(t.node))!.text, t.sign * values[k]!)).length;
    return misses <= 1 ? [{ earlier, values: values as number[] }] : [];
  });
  if (fits.length !== 1) return [];
  const { earlier, values } = fits[0]!;
  const parts = termsOf(earlier.node);
  return later.map((t, k) => claimOn(literals.get(unwrapParentheses(t.node))!, t.sign, values[k]!, parts[k]!));
}

/** A number written after a minus (− 0.52107) is the earlier term's value negated: it prints (−0.3)·0.1739 as 0.05217. */
function claimOn(literal: NumberLiteral, sign: 1 | -1, value: number, part: Term): Claim {
  const { verdict, expected } = judgeNumber(literal.text, sign * value);
  const term = `${part.sign < 0 ? '−' : ''}${part.node.toString()}`;
  const minus = sign < 0 ? ', written after a minus' : '';
  const detail = `it stands for the term ${term} = ${atDecimals(value, printedDecimals(literal.text) + 2)} of the row worked before${minus}`;
  return { kind: 'arithmetic', verdict, expected, start: literal.start, printed: literal.text, detail };
}

/** The signed terms of a sum (a − b + c → +a, −b, +c); a side that is no sum is one term. */
function termsOf(node: MathNode, sign: 1 | -1 = 1): Term[] {
  const n = unwrapParentheses(node);
  if (n instanceof OperatorNode && (n.fn === 'add' || n.fn === 'subtract') && n.args.length === 2) {
    return [...termsOf(n.args[0]!, sign), ...termsOf(n.args[1]!, n.fn === 'add' ? sign : (-sign as 1 | -1))];
  }
  return [{ sign, node: n }];
}

/** A term's value with its sign (− 0.2·0.1 is −0.02). */
function valueOf(t: Term, lookup: Lookup): number | undefined {
  const value = evaluateSide(t.node, lookup).value;
  return value === undefined ? undefined : t.sign * value;
}


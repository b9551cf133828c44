// A sum worked by hand with each term rounded before it is added (−0.0174 · 0.3 + 0.0205 · 0.5 as −0.0052 + 0.0103 = 0.0051): what that gives.
import { OperatorNode, type MathNode } from '../../util/mathjs.js';
import { finiteValue } from '../../util/mathNodes.js';
import { flatten, unwrap } from './alignLists.js';
import { atDecimals } from './verdict.js';

/**
 * The side's value with each term of its top sum rounded (half up) to `decimals` before adding, where that differs
 * from the plain value: a lecturer's way of working a chain over several paths, each product written down at the
 * answer's places. Empty for a side that is no sum of two terms or more, or whose terms are only printed numbers.
 */
export function termsRounded(side: MathNode | undefined, decimals: number): number[] {
  const top = side === undefined ? undefined : unwrap(side);
  if (!(top instanceof OperatorNode) || (top.fn !== 'add' && top.fn !== 'subtract')) return [];
  const terms = flatten(top, 'sum');
  if (terms.length < 2 || terms.every((t) => !(unwrap(t.node) instanceof OperatorNode))) return [];
  let sum = 0;
  let plain = 0;
  for (const t of terms) {
    const x = finiteValue(t.node);
    if (x === undefined) return [];
    const signed = t.minus ? -x : x;
    plain += signed;
    sum += Number(atDecimals(signed, decimals));
  }
  // (the sum of rounded terms in float64 is rounded once more, so 0.0051 is not 0.005100000000000001)
  const worked = Number(sum.toFixed(Math.min(decimals + 2, 20)));
  return worked === plain ? [] : [worked];
}

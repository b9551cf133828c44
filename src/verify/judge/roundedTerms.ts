// A sum worked by hand with each term rounded before it is added (−0.0174 · 0.3 + 0.0205 · 0.5 as −0.0052 + 0.0103 = 0.0051), at the answer's places or its significant figures.
import { OperatorNode, type MathNode } from '../../util/mathjs.js';
import { finiteValue } from '../../util/mathNodes.js';
import { flatten, unwrap } from './alignLists.js';
import { atDecimals } from './verdict.js';
import { roundNumber } from '../../evaluate/numberPolicy.js';

/**
 * The side's value with each term of its top sum rounded (half up) to `decimals` before adding, where that differs
 * from the plain value: a lecturer's way of working a chain over several paths, each product written down at the
 * answer's places. Empty for a side that is no sum of two terms or more, or whose terms are only printed numbers.
 */
export function termsRounded(side: MathNode | undefined, decimals: number, sig?: number): number[] {
  const top = side === undefined ? undefined : unwrap(side);
  if (!(top instanceof OperatorNode) || (top.fn !== 'add' && top.fn !== 'subtract')) return [];
  const terms = flatten(top, 'sum');
  if (terms.length < 2 || terms.every((t) => !(unwrap(t.node) instanceof OperatorNode))) return [];
  const values: number[] = [];
  for (const t of terms) {
    const x = finiteValue(t.node);
    if (x === undefined) return [];
    values.push(t.minus ? -x : x);
  }
  const plain = values.reduce((a, b) => a + b, 0);
  // (each sum of rounded terms in float64 is rounded once more, so 0.0051 is not 0.005100000000000001)
  const byPlaces = Number(values.reduce((a, x) => a + Number(atDecimals(x, decimals)), 0).toFixed(Math.min(decimals + 2, 20)));
  // or each term kept to the answer's significant figures (0.005013 from −0.005220 + 0.01023)
  const bySig = sig === undefined ? undefined : Number(values.reduce((a, x) => a + roundNumber(x, { decimals, sig, rounding: 'half-up', trimZeros: true, hand: true }), 0).toPrecision(sig + 2));
  return [byPlaces, bySig].filter((x): x is number => x !== undefined && x !== plain);
}

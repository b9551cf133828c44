// Rule document-count: a count's letter (N, n, m, M) the page sets to a whole number and nothing else (N = 1, m = 3) is that number in its formulas.
import { ConstantNode, SymbolNode } from '../../../util/mathjs.js';
import type { MathChain } from '../../read/parseLatexMath.js';
import { chainsOf } from '../../read/readDocument.js';
import type { NameRule } from '../nameRule.js';

/**
 * Runs after the other conventions and before the late inference, so that L = \frac{1}{N}(y − ŷ)² with N = 1 can be
 * found to be the loss; the statement N = 1 itself is about no quantity of the network and is not judged.
 */
export const documentCount: NameRule = {
  name: 'document-count',
  apply(table, ctx) {
    for (const [name, value] of documentCounts(chainsOf(ctx.read), (key) => table.has(key))) table.bind(name, { constant: value, rule: 'document-count' });
  },
};

/** The customary letters of a count of examples or outputs, with no index or mark (x = 1 is a point, not a count). */
const COUNT_NAME = /^[NnMm]$/;

/** The names no rule has read that every chain starting with them sets to one and the same positive whole number. */
export function documentCounts(chains: readonly MathChain[], known: (name: string) => boolean): Map<string, number> {
  const values = new Map<string, Set<number>>();
  for (const chain of chains) {
    // (the first side looked at before any list is made: few chains start with a count's letter)
    const lhs = chain.sides[0]?.node;
    if (!(lhs instanceof SymbolNode) || !COUNT_NAME.test(lhs.name) || known(lhs.name) || chain.sides.length < 2) continue;
    const all = values.get(lhs.name) ?? values.set(lhs.name, new Set()).get(lhs.name)!;
    for (const { node: n } of chain.sides.slice(1)) all.add(n instanceof ConstantNode && Number.isInteger(n.value) && Number(n.value) > 0 ? Number(n.value) : NaN);
  }
  return new Map([...values].filter(([, v]) => v.size === 1 && !v.has(NaN)).map(([k, v]) => [k, [...v][0]!]));
}

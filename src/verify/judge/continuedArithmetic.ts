// A side of numbers with no name that carries on an earlier line's arithmetic ("Row by row: 0.2 − 0.4 + 2.8 = 2.6" after
// z_1 = 0.2·1 − 0.1·4 + 0.4·7): each of its terms is the value of a part of that line, so it is about the same quantity.
import type { MathSide, NumberLiteral } from '../read/parseLatexMath.js';
import { evaluateSide, type Lookup } from '../resolve/evaluateSide.js';
import { reproduces } from './explain/slip.js';
import type { Arithmetic, DocumentMemory } from './memory.js';
import { replacedParts } from './replacedParts.js';

/** Looked back over at most this many sides of numbers the document wrote for a quantity. */
const RECENT = 24;

/**
 * The quantity and the earlier arithmetic `side` works on: the most recent side of numbers of which `side` is the
 * same tree with at least two parts (of decimals, not 0) replaced by their values (all of them right, or all but one of three
 * or more or of a line whose result is the quantity's value, so a slip in one term is still found where it was written). None when two quantities fit equally.
 */
export function continuedArithmetic(side: MathSide, memory: DocumentMemory, lookup: Lookup, result?: NumberLiteral): { id: string; arithmetic: Arithmetic } | undefined {
  let found: { id: string; arithmetic: Arithmetic } | undefined;
  for (const recent of memory.recentArithmetic(RECENT)) {
    const replaced = replacedParts(recent.arithmetic.side.node, side);
    // two parts at least that say something: 0.1739 − 0 after a − b·0 is not the same computation
    if (!replaced?.whole || replaced.parts.filter((p) => p.literal.decimals > 0 && p.literal.value !== 0).length < 2) continue;
    const misses = replaced.parts.filter((p) => {
      const value = evaluateSide(p.part, lookup).value;
      return value === undefined || !reproduces(p.literal.text, value);
    }).length;
    // of two parts one may be wrong when the line's result is that quantity's value (a typo in a term, the sum right)
    const sameResult = result !== undefined && reproduces(result.text, recent.arithmetic.value);
    if (misses > (replaced.parts.length >= 3 || sameResult ? 1 : 0) || misses === replaced.parts.length) continue;
    if (found && found.id !== recent.id) return undefined;
    found ??= recent;
  }
  return found;
}

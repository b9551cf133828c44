// A formula's value from the numbers the document itself printed for its names: what a student who carries their own results forward gets.
import type { MathNode } from '../../util/mathjs.js';
import { evaluateSide } from '../resolve/evaluateSide.js';
import { createLookup } from '../resolve/lookup.js';
import { rootOf, type Claim } from './claim.js';
import type { JudgeContext } from './judgeContext.js';
import type { DocumentMemory } from './memory.js';

export interface OwnValue {
  value?: number;
  /** The root erratum of the first wrong number the value was computed from, if any. */
  cause?: Claim;
}

/** Each name takes the value the document last printed for its quantity (its exact value when it printed none). */
export function ownValue(node: MathNode, ctx: JudgeContext, memory: DocumentMemory): OwnValue {
  let cause: Claim | undefined;
  const at = (id: string): number | undefined => {
    const printed = memory.printedFor(id);
    if (!printed) return ctx.net.valueOf(id);
    if (printed.verdict === 'erratum') cause ??= rootOf(printed);
    return Number(printed.printed);
  };
  const value = evaluateSide(node, createLookup(ctx.table, at, ctx.net.units)).value;
  return value === undefined ? {} : { value, ...(cause ? { cause } : {}) };
}

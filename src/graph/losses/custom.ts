// A custom per-output loss given as a formula in t and o; differentiated by o (util/differentiate).
import { differentiate } from '../../util/differentiate.js';
import type { SourceLocation } from '../../util/errors.js';
import { substitute, type MathNode } from '../../util/mathNodes.js';
import { parseUserExpression } from '../../util/parseUserExpression.js';
import type { Loss } from './loss.js';

/** `kink`: the file's convention for the slope of a piecewise call at its kink (util/piecewise.ts). */
export function customLoss(formula: string, where: SourceLocation, kink?: number): Loss {
  const body = parseUserExpression(formula, { symbols: new Set(['t', 'o']), where });
  const slope = differentiate(body, 'o', where, kink);
  return {
    id: 'custom',
    term: (t: MathNode, o: MathNode) => substitute(body, { t, o }),
    derivative: (t: MathNode, o: MathNode) => substitute(slope, { t, o }),
    describe: `E = Σ ${formula}`,
  };
}

// A custom activation given as a formula in x; its derivative is taken symbolically (util/differentiate).
import { differentiate } from '../../util/differentiate.js';
import type { SourceLocation } from '../../util/errors.js';
import { substitute, type MathNode } from '../../util/mathNodes.js';
import { parseUserExpression } from '../../util/parseUserExpression.js';
import type { Activation } from './activation.js';

/** `kink`: the file's convention for the slope of a piecewise call at its kink (util/piecewise.ts). */
export function customActivation(formula: string, where: SourceLocation, kink?: number): Activation {
  const body = parseUserExpression(formula, { symbols: new Set(['x']), where });
  const slope = differentiate(body, 'x', where, kink);
  return {
    id: 'custom',
    apply: (net: MathNode) => substitute(body, { x: net }),
    // d/dnet f(net) = f'(x) at x = net, written in terms of net
    derivative: (_out: MathNode, net: MathNode) => substitute(slope, { x: net }),
    describe: `custom: f(x) = ${formula}`,
  };
}

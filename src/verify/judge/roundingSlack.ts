// How far a sum of printed, rounded numbers can be from the same sum of the unrounded ones: Σ |∂f/∂xᵢ| · ½·10^(−dᵢ).
import { ConstantNode, type MathNode } from '../../util/mathjs.js';
import type { NumberLiteral } from '../read/mathCursor.js';
import { finiteValue } from '../../util/mathNodes.js';

/**
 * The worst-case effect on `node` of each literal being off by half a unit in its last printed place (first order);
 * whole numbers and `exactValues` (the network's given numbers) are taken as exact.
 */
export function roundingSlack(node: MathNode, literals: readonly NumberLiteral[], exactValues?: ReadonlySet<number>): number {
  const constants = node.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== literals.length) return 0;
  const base = finiteValue(node);
  if (base === undefined) return 0;
  let slack = 0;
  constants.forEach((c, i) => {
    // A whole number in arithmetic (the 1 of 1 + e^{-x}, the 2 of 2(y − t)) is exact, not rounded to units.
    if (literals[i]!.decimals === 0) return;
    // A number that is one of the network's given values (a weight, an input, a target) is that value, not a rounding.
    if (exactValues?.has(Math.abs(literals[i]!.value))) return;
    const half = 0.5 * 10 ** -literals[i]!.decimals;
    const h = Math.max(1e-7, Math.abs(Number((c as ConstantNode).value)) * 1e-7);
    const moved = finiteValue(node.transform((n) => (n === c ? new ConstantNode(Number((c as ConstantNode).value) + h) : n)));
    if (moved !== undefined) slack += (Math.abs(moved - base) / h) * half;
  });
  return slack;
}


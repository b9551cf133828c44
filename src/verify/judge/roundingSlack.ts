// How far a sum of printed, rounded numbers can be from the same sum of the unrounded ones: Σ |∂f/∂xᵢ| · ½·10^(−dᵢ).
import { ConstantNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { NumberLiteral } from '../read/mathCursor.js';
import { finiteValue } from '../../util/mathNodes.js';
import { ACTIVATION_CALLS } from '../resolve/activationCalls.js';

/** σ(1.1058), ReLU(−0.2): activations applied to printed numbers evaluate as the resolver evaluates them. */
const CALLS = ACTIVATION_CALLS as unknown as Record<string, number>;

/**
 * The worst-case effect on `node` of each literal being off by half a unit in its last printed place (first order);
 * whole numbers and `exactValues` (the network's given numbers) are taken as exact.
 */
export function roundingSlack(node: MathNode, literals: readonly NumberLiteral[], exactValues?: ReadonlySet<number>): number {
  const range = roundingRange(node, literals, exactValues);
  return range === undefined ? 0 : (range.hi - range.lo) / 2;
}

/** A printed number that may have been rounded: not a whole number, and not one of the network's given values. */
export function isRounded(literal: NumberLiteral, exactValues?: ReadonlySet<number>): boolean {
  return literal.decimals !== 0 && !exactValues?.has(Math.abs(literal.value));
}

/**
 * How far a literal may have been from its printed value before it was rounded: [below, above] (below ≤ 0 ≤ above).
 * Undefined: anywhere within half a unit of its last printed place.
 */
export type UnroundedOffsets = (literal: NumberLiteral) => readonly [number, number] | undefined;

/**
 * The values `node` can take (first order) with each rounded literal anywhere its offsets allow (half a unit either
 * way unless `offsetsOf` knows better): [lo, hi] around the value of the printed numbers. Undefined when it does not
 * evaluate.
 */
export function roundingRange(node: MathNode, literals: readonly NumberLiteral[], exactValues?: ReadonlySet<number>, offsetsOf?: UnroundedOffsets): { lo: number; hi: number } | undefined {
  const constants = node.filter((n) => n instanceof ConstantNode && typeof n.value === 'number') as ConstantNode[];
  if (constants.length !== literals.length) return undefined;
  const base = finiteValue(node, CALLS);
  if (base === undefined) return undefined;
  // A whole number in arithmetic (the 1 of 1 + e^{-x}, the 2 of 2(y − t)) is exact, not rounded to units; so is a
  // number that is one of the network's given values (a weight, an input, a target).
  const rounded = constants.flatMap((c, i) => (isRounded(literals[i]!, exactValues) ? [i] : []));
  if (rounded.length === 0) return { lo: base, hi: base };
  // Each rounded number moves in turn in one compiled copy where they are variables (one compile, not one per number;
  // the same operations on the same values as the tree with that constant moved).
  const name = (i: number): string => `__rounded${i}`;
  const slots = new Map<MathNode, string>(rounded.map((i) => [constants[i]!, name(i)]));
  let compiled: ReturnType<MathNode['compile']>;
  try {
    compiled = node.transform((n) => (slots.has(n) ? new SymbolNode(slots.get(n)!) : n)).compile();
  } catch {
    return { lo: base, hi: base }; // as when no moved copy evaluates
  }
  const scope: Record<string, number> = { ...CALLS, ...Object.fromEntries(rounded.map((i) => [name(i), Number(constants[i]!.value)])) };
  let [lo, hi] = [base, base];
  for (const group of sameNumbers(rounded, literals)) {
    const literal = literals[group[0]!]!;
    const value = Number(constants[group[0]!]!.value);
    const half = 0.5 * 10 ** -literal.decimals;
    const h = Math.max(1e-7, Math.abs(value) * 1e-7);
    const moved = evaluateFinite(compiled, { ...scope, ...Object.fromEntries(group.map((i) => [name(i), value + h])) });
    if (moved === undefined) continue;
    const slope = (moved - base) / h;
    // the offsets are of the number as printed; a literal written negated (−0.42517 for δ = −0.42517) moves alike
    const [below, above] = offsetsOf?.(literal) ?? [-half, half];
    lo += Math.min(slope * below, slope * above);
    hi += Math.max(slope * below, slope * above);
  }
  return { lo, hi };
}

/**
 * The rounded literals grouped by the number they print: (0 − 0.7109)(0.7109)(1 − 0.7109) rounds one value, so its
 * three copies move together (their errors partly cancel). Numbers of one or two significant digits (0.5, 0.25) may
 * be different quantities that print alike: each moves alone.
 */
function sameNumbers(rounded: readonly number[], literals: readonly NumberLiteral[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const i of rounded) {
    const text = Math.abs(literals[i]!.value).toString();
    const key = text.replace(/^[0.]+/, '').replace('.', '').length >= 3 ? text : `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups.values()];
}

function evaluateFinite(compiled: { evaluate(scope: Record<string, number>): unknown }, scope: Record<string, number>): number | undefined {
  try {
    const v = compiled.evaluate(scope);
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

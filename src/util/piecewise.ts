// Piecewise functions a formula may call (max, min, abs, relu, leaky_relu, step, clip): value, arity, printed head and
// partials. At a kink the derivative follows PyTorch's autograd: relu'(0) = 0, |u|'(0) = 0 (sign), leaky_relu'(0) = α,
// step' = 0, clip passes the gradient on its closed interval [lo, hi], and max/min split it evenly at a tie (½ each).
// A file's `kink: t` replaces these: the slope at a kink is (1 − t)·left slope + t·right slope (kinkSlope).
import { cond, fn, num, op, type MathNode } from './mathNodes.js';
import { OperatorNode } from './mathjs.js';
import { numericValue } from './localSimplify.js';

export interface Piecewise {
  /** The smallest and largest number of arguments. */
  arity: [number, number];
  evaluate(...xs: number[]): number;
  /** The call's head in LaTeX and text (null: printed by printExpression itself, as |u| or \max). */
  tex: string | null;
  text: string | null;
  /** ∂f/∂argᵢ for every argument, as trees over the arguments (conditionals print as cases); `kink`: the file's t. */
  partials(args: readonly MathNode[], kink?: number): MathNode[];
}

/** The default slope of leaky_relu(u) below 0, as PyTorch's LeakyReLU (negative_slope = 0.01). */
export const LEAKY_SLOPE = 0.01;

const rel = (fnName: 'larger' | 'smaller' | 'largerEq' | 'smallerEq' | 'equal', a: MathNode, b: MathNode): MathNode =>
  new OperatorNode(({ larger: '>', smaller: '<', largerEq: '>=', smallerEq: '<=', equal: '==' } as const)[fnName], fnName, [a, b]);
const zero = (): MathNode => num(0);
const one = (): MathNode => num(1);

/** (1 − t)·left + t·right, the slope at a kink under the file's convention t ∈ [0, 1]. */
export function kinkSlope(left: number, right: number, t: number): number {
  return (1 - t) * left + t * right;
}

/** The slope of a function of u with one kink at k: left below, `at` at k, right above; two cases where `at` is a side's. */
export function oneKink(u: MathNode, k: MathNode, left: MathNode, at: MathNode, right: MathNode): MathNode {
  const [a, l, r] = [numericValue(at), numericValue(left), numericValue(right)];
  if (at === left || (a !== undefined && a === l)) return cond(rel('larger', u, k), right, left);
  if (at === right || (a !== undefined && a === r)) return cond(rel('largerEq', u, k), right, left);
  return cond(rel('larger', u, k), right, cond(rel('equal', u, k), at, left));
}

/** ∂max(a, b)/∂a: 1 where a > b, ½ at a tie (t with a kink convention), 0 where a < b (min: turned, 1 − t at a tie). */
function extremumPartials(args: readonly MathNode[], larger: 'larger' | 'smaller', kink?: number): MathNode[] {
  const other = larger === 'larger' ? 'smaller' : 'larger';
  const [a, b] = args as [MathNode, MathNode];
  // as a function of one argument, max rises through the tie (left 0, right 1) and min falls (left 1, right 0)
  const tie = num(kink === undefined ? 0.5 : larger === 'larger' ? kinkSlope(0, 1, kink) : kinkSlope(1, 0, kink));
  return [
    cond(rel(larger, a, b), one(), cond(rel('equal', a, b), tie, zero())),
    cond(rel(other, a, b), one(), cond(rel('equal', a, b), tie, zero())),
  ];
}

/** ∂clip(u, lo, hi)/∂(u, lo, hi) with a kink convention t (lo ≤ hi): t at u = lo, 1 − t at u = hi, and their complements. */
function clipPartialsAtKink([u, lo, hi]: readonly MathNode[], t: number): MathNode[] {
  const crossed = (): MathNode => rel('larger', lo!, hi!);
  return [
    cond(crossed(), zero(), cond(rel('smaller', u!, lo!), zero(), cond(rel('larger', u!, hi!), zero(),
      cond(rel('equal', u!, lo!), num(kinkSlope(0, 1, t)), cond(rel('equal', u!, hi!), num(kinkSlope(1, 0, t)), one()))))),
    cond(crossed(), zero(), oneKink(lo!, u!, zero(), num(kinkSlope(0, 1, t)), one())),
    cond(crossed(), one(), oneKink(hi!, u!, one(), num(kinkSlope(1, 0, t)), zero())),
  ];
}

const relu = (x: number): number => (x > 0 ? x : 0);

/** leaky_relu'(u): 1 above 0, α below, and α at 0 (PyTorch) or (1 − t)α + t with a kink convention (α a tree). */
function leakyPartial(u: MathNode, a: MathNode, t?: number): MathNode {
  if (t === undefined) return cond(rel('larger', u, zero()), one(), a);
  const at = t === 0 ? a : t === 1 ? one() : op('+', op('*', num(1 - t), a), num(t));
  return oneKink(u, zero(), a, at, one());
}

export const PIECEWISE: Record<string, Piecewise> = {
  max: { arity: [2, 2], evaluate: Math.max, tex: null, text: null, partials: (args, t) => extremumPartials(args, 'larger', t) },
  min: { arity: [2, 2], evaluate: Math.min, tex: null, text: null, partials: (args, t) => extremumPartials(args, 'smaller', t) },
  // |u|' = sign u, 0 at 0; with a kink convention 2t − 1 at 0
  abs: {
    arity: [1, 1], evaluate: Math.abs, tex: null, text: null,
    partials: ([u], t) => [t === undefined ? fn('sign', u!) : oneKink(u!, zero(), num(-1), num(kinkSlope(-1, 1, t)), one())],
  },
  // sgn u: 1, 0 or −1 (0 at 0, as Math.sign and torch.sign); piecewise constant
  sign: { arity: [1, 1], evaluate: Math.sign, tex: '\\operatorname{sgn}', text: 'sgn', partials: () => [zero()] },
  relu: {
    arity: [1, 1], evaluate: relu, tex: '\\operatorname{ReLU}', text: 'ReLU',
    partials: ([u], t) => [t === undefined ? cond(rel('larger', u!, zero()), one(), zero()) : oneKink(u!, zero(), zero(), num(kinkSlope(0, 1, t)), one())],
  },
  // leaky_relu(u, α) = u for u > 0, αu otherwise; the slope α is a constant (not differentiated)
  leaky_relu: {
    arity: [1, 2],
    evaluate: (x, a = LEAKY_SLOPE) => (x > 0 ? x : a * x),
    tex: '\\operatorname{LeakyReLU}',
    text: 'LeakyReLU',
    partials: ([u, a], t) => [leakyPartial(u!, a ?? num(LEAKY_SLOPE), t), zero()],
  },
  // the Heaviside step: 1 for u > 0, else 0; its derivative is 0 wherever it exists
  step: { arity: [1, 1], evaluate: (x) => (x > 0 ? 1 : 0), tex: '\\operatorname{step}', text: 'step', partials: () => [zero()] },
  clip: {
    arity: [3, 3],
    evaluate: (x, lo, hi) => Math.min(Math.max(x, lo!), hi!),
    tex: '\\operatorname{clip}',
    text: 'clip',
    partials: ([u, lo, hi], t) => (t !== undefined ? clipPartialsAtKink([u!, lo!, hi!], t) : [
      cond(rel('smaller', u!, lo!), zero(), cond(rel('larger', u!, hi!), zero(), one())),
      // min(max(u, lo), hi) is hi whatever u and lo are when lo > hi
      cond(rel('smaller', u!, lo!), cond(rel('larger', lo!, hi!), zero(), one()), zero()),
      cond(rel('larger', u!, hi!), one(), cond(rel('larger', lo!, hi!), one(), zero())),
    ]),
  },
};
PIECEWISE.heaviside = PIECEWISE.step!;
PIECEWISE.clamp = PIECEWISE.clip!;

/** The number of arguments each piecewise function takes, for the formula checker. */
export function piecewiseArity(name: string): [number, number] | undefined {
  return Object.hasOwn(PIECEWISE, name) ? PIECEWISE[name]!.arity : undefined;
}

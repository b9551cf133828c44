// Piecewise functions a formula may call (max, min, abs, relu, leaky_relu, step, clip): value, arity, printed head and
// partials. At a kink the derivative follows PyTorch's autograd: relu'(0) = 0, |u|'(0) = 0 (sign), leaky_relu'(0) = α,
// step' = 0, clip passes the gradient on its closed interval [lo, hi], and max/min split it evenly at a tie (½ each).
import { cond, fn, num, type MathNode } from './mathNodes.js';
import { OperatorNode } from './mathjs.js';

export interface Piecewise {
  /** The smallest and largest number of arguments. */
  arity: [number, number];
  evaluate(...xs: number[]): number;
  /** The call's head in LaTeX and text (null: printed by printExpression itself, as |u| or \max). */
  tex: string | null;
  text: string | null;
  /** ∂f/∂argᵢ for every argument, as trees over the arguments (conditionals print as cases). */
  partials(args: readonly MathNode[]): MathNode[];
}

/** The default slope of leaky_relu(u) below 0, as PyTorch's LeakyReLU (negative_slope = 0.01). */
export const LEAKY_SLOPE = 0.01;

const rel = (fnName: 'larger' | 'smaller' | 'largerEq' | 'smallerEq' | 'equal', a: MathNode, b: MathNode): MathNode =>
  new OperatorNode(({ larger: '>', smaller: '<', largerEq: '>=', smallerEq: '<=', equal: '==' } as const)[fnName], fnName, [a, b]);
const zero = (): MathNode => num(0);
const one = (): MathNode => num(1);

/** ∂max(a, b)/∂a: 1 where a > b, ½ at a tie, 0 where a < b (min: with the comparisons turned). */
function extremumPartials(args: readonly MathNode[], larger: 'larger' | 'smaller'): MathNode[] {
  const other = larger === 'larger' ? 'smaller' : 'larger';
  const [a, b] = args as [MathNode, MathNode];
  return [
    cond(rel(larger, a, b), one(), cond(rel('equal', a, b), num(0.5), zero())),
    cond(rel(other, a, b), one(), cond(rel('equal', a, b), num(0.5), zero())),
  ];
}

const relu = (x: number): number => (x > 0 ? x : 0);

export const PIECEWISE: Record<string, Piecewise> = {
  max: { arity: [2, 2], evaluate: Math.max, tex: null, text: null, partials: (args) => extremumPartials(args, 'larger') },
  min: { arity: [2, 2], evaluate: Math.min, tex: null, text: null, partials: (args) => extremumPartials(args, 'smaller') },
  // |u|' = sign u, 0 at 0
  abs: { arity: [1, 1], evaluate: Math.abs, tex: null, text: null, partials: ([u]) => [fn('sign', u!)] },
  // sgn u: 1, 0 or −1 (0 at 0, as Math.sign and torch.sign); piecewise constant
  sign: { arity: [1, 1], evaluate: Math.sign, tex: '\\operatorname{sgn}', text: 'sgn', partials: () => [zero()] },
  relu: { arity: [1, 1], evaluate: relu, tex: '\\operatorname{ReLU}', text: 'ReLU', partials: ([u]) => [cond(rel('larger', u!, zero()), one(), zero())] },
  // leaky_relu(u, α) = u for u > 0, αu otherwise; the slope α is a constant (not differentiated)
  leaky_relu: {
    arity: [1, 2],
    evaluate: (x, a = LEAKY_SLOPE) => (x > 0 ? x : a * x),
    tex: '\\operatorname{LeakyReLU}',
    text: 'LeakyReLU',
    partials: ([u, a]) => [cond(rel('larger', u!, zero()), one(), a ?? num(LEAKY_SLOPE)), zero()],
  },
  // the Heaviside step: 1 for u > 0, else 0; its derivative is 0 wherever it exists
  step: { arity: [1, 1], evaluate: (x) => (x > 0 ? 1 : 0), tex: '\\operatorname{step}', text: 'step', partials: () => [zero()] },
  clip: {
    arity: [3, 3],
    evaluate: (x, lo, hi) => Math.min(Math.max(x, lo!), hi!),
    tex: '\\operatorname{clip}',
    text: 'clip',
    partials: ([u, lo, hi]) => [
      cond(rel('smaller', u!, lo!), zero(), cond(rel('larger', u!, hi!), zero(), one())),
      // min(max(u, lo), hi) is hi whatever u and lo are when lo > hi
      cond(rel('smaller', u!, lo!), cond(rel('larger', lo!, hi!), zero(), one()), zero()),
      cond(rel('larger', u!, hi!), one(), cond(rel('larger', lo!, hi!), one(), zero())),
    ],
  },
};
PIECEWISE.heaviside = PIECEWISE.step!;
PIECEWISE.clamp = PIECEWISE.clip!;

/** The number of arguments each piecewise function takes, for the formula checker. */
export function piecewiseArity(name: string): [number, number] | undefined {
  return Object.hasOwn(PIECEWISE, name) ? PIECEWISE[name]!.arity : undefined;
}

// Oracle test for util/differentiate.ts: random formulas over every allowed function, each partial against central
// differences (away from kinks) and, where mathjs can differentiate the formula, against mathjs's derivative.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differentiate } from '../../src/util/differentiate.js';
import { derivative, type MathNode } from '../../src/util/mathjs.js';
import { ALLOWED_FUNCTIONS, parseUserExpression } from '../../src/util/parseUserExpression.js';
import { forEachNode } from '../../src/util/walkTree.js';
import { evaluateTree } from '../helpers/evaluateTree.js';

const VARS = ['a', 'b', 'c'] as const;
const where = { file: 'prop.yaml', line: 1, column: 1 };

/** Each allowed function with a way to call it on drawn arguments (constant slopes and bounds where they are constants). */
const CALLS: Record<string, (u: string, v: string, w: string) => string> = {
  exp: (u) => `exp(${u})`, log: (u) => `log(${u})`, sqrt: (u) => `sqrt(${u})`, tanh: (u) => `tanh(${u})`,
  sinh: (u) => `sinh(${u})`, cosh: (u) => `cosh(${u})`, sin: (u) => `sin(${u})`, cos: (u) => `cos(${u})`,
  sigmoid: (u) => `sigmoid(${u})`, square: (u) => `square(${u})`, abs: (u) => `abs(${u})`, sign: (u) => `sign(${u})`,
  relu: (u) => `relu(${u})`, step: (u) => `step(${u})`, heaviside: (u) => `heaviside(${u})`,
  leaky_relu: (u, v) => (v.length % 2 ? `leaky_relu(${u})` : `leaky_relu(${u}, 0.2)`),
  max: (u, v) => `max(${u}, ${v})`, min: (u, v) => `min(${u}, ${v})`,
  clip: (u, v, w) => `clip(${u}, ${v}, ${w})`, clamp: (u) => `clamp(${u}, -0.5, 0.75)`,
};
/** What mathjs's derivative knows: formulas made of these (and arithmetic) are checked against it too. */
const MATHJS_KNOWS = ['exp', 'log', 'sqrt', 'tanh', 'sinh', 'cosh', 'sin', 'cos'];

const { formula } = fc.letrec<{ formula: string }>((tie) => ({
  formula: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...VARS, '0.5', '2', '3'),
    fc.tuple(fc.constantFrom(...Object.keys(CALLS)), tie('formula'), tie('formula'), tie('formula')).map(([f, u, v, w]) => CALLS[f]!(u, v, w)),
    fc.tuple(fc.constantFrom('+', '-', '*', '/'), tie('formula'), tie('formula')).map(([o, u, v]) => `(${u}) ${o} (${v})`),
    fc.tuple(tie('formula'), fc.constantFrom('2', '3', '0.5', '-1')).map(([u, p]) => `(${u})^${p}`),
    // a variable exponent on a base that is never 0: d/db 0^b = 0 · ln 0 is NaN (the limit 0 is not taken)
    fc.tuple(tie('formula'), tie('formula')).map(([u, p]) => `(1 + square(${u}))^(${p})`),
    fc.tuple(tie('formula'), tie('formula'), tie('formula')).map(([u, v, w]) => `${u} + ${v} * ${w} - ${u}`),
    tie('formula').map((u) => `-(${u})`),
  ),
}));
const point = fc.tuple(...VARS.map(() => fc.integer({ min: -1900, max: 1900 }).map((k) => k / 1000 + 0.00037)));

/** f at `at` with one variable moved by h. */
function shifted(tree: MathNode, at: Record<string, number>, v: string, h: number): number {
  return evaluateTree(tree, { ...at, [v]: at[v]! + h });
}

/** A central difference and its rounding error, or undefined where f is not smooth at this step (a kink, a pole, overflow). */
function centralDifference(tree: MathNode, at: Record<string, number>, v: string): { fd: number; tol: number } | undefined {
  const h = 1e-5;
  const ends = [h, -h, h / 8, -h / 8].map((dh) => shifted(tree, at, v, dh));
  const [coarse, fine] = [(ends[0]! - ends[1]!) / (2 * h), (ends[2]! - ends[3]!) / (h / 4)];
  if (!Number.isFinite(coarse) || !Number.isFinite(fine) || Math.abs(coarse) > 1e6) return undefined;
  // truncation (h² f‴) plus rounding (ε·|f|/h, largest at the fine step)
  const tol = 1e-5 * (1 + Math.abs(fine)) + (8 * Number.EPSILON * Math.max(...ends.map(Math.abs))) / (h / 8);
  return Math.abs(coarse - fine) <= tol ? { fd: coarse, tol: 2 * tol } : undefined;
}

/** Whether some part of the tree is not finite or above 10^6 at this point. */
function illConditioned(tree: MathNode, at: Record<string, number>): boolean {
  let huge = false;
  forEachNode(tree, (node) => {
    huge ||= !(Math.abs(evaluateTree(node, at)) < 1e6);
  });
  return huge;
}

describe('differentiate against central differences', () => {
  it('covers every allowed function', () => {
    expect(Object.keys(CALLS).sort()).toEqual([...ALLOWED_FUNCTIONS].sort());
  });

  it('agrees on every partial of random formulas at random points (300 formulas)', () => {
    let checked = 0;
    fc.assert(
      fc.property(formula, point, (text, xs) => {
        const tree = parseUserExpression(text, { where });
        const at = Object.fromEntries(VARS.map((v, i) => [v, xs[i]!]));
        if (!Number.isFinite(evaluateTree(tree, at))) return;
        for (const v of VARS) {
          const difference = centralDifference(tree, at, v);
          if (difference === undefined) continue;
          const slope = differentiate(tree, v, where);
          const exact = evaluateTree(slope, at);
          // a part that overflows (∞^−1.4 = 0 outside) or is huge (a/(a − a)) leaves f finite and its difference noise;
          // an inner slope that is infinite (√u at u = 0, with u' = 0 there) makes the chain rule ∞ · 0
          if (illConditioned(tree, at) || (Number.isNaN(exact) && illConditioned(slope, at))) continue;
          expect(Math.abs(exact - difference.fd), `∂(${text})/∂${v} at ${JSON.stringify(at)}: ${exact} vs ${difference.fd}`).toBeLessThanOrEqual(difference.tol);
          checked++;
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: process.env.FUZZ_RUNS ? Date.now() : 14 },
    );
    // most partials are checked: kinks, poles and domain errors skip only some
    expect(checked).toBeGreaterThan(300);
  });

  it('agrees with mathjs derivative on formulas mathjs can differentiate (150 formulas)', () => {
    const known = (text: string): boolean => [...text.matchAll(/([a-z_]+)\(/g)].every((m) => MATHJS_KNOWS.includes(m[1]!));
    let checked = 0;
    fc.assert(
      fc.property(formula.filter(known), point, (text, xs) => {
        const tree = parseUserExpression(text, { where });
        const at = Object.fromEntries(VARS.map((v, i) => [v, xs[i]!]));
        for (const v of VARS) {
          const theirs = evaluateTree(derivative(text, v, { simplify: false }), at);
          if (!Number.isFinite(theirs)) continue;
          expect(evaluateTree(differentiate(tree, v, where), at), `∂(${text})/∂${v}`).toBeCloseTo(theirs, 8 - Math.ceil(Math.log10(1 + Math.abs(theirs))));
          checked++;
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150), seed: process.env.FUZZ_RUNS ? Date.now() : 17 },
    );
    expect(checked).toBeGreaterThan(150);
  });
});

describe('cases the property found', () => {
  const at = { a: 0.25, b: 0.5, c: -0.75 };
  it.each([
    // −(a + 0.5) and −(−a + 0.5) were cancelled as opposites: the quotient's derivative came out 0
    ['(-a + 0.5) / (a + 0.5)', 'a', -1 / (0.75 * 0.75)],
    // clip with lo > hi is hi whatever u and lo are: ∂/∂a of clip(a, 3 − a, a) = 1 (was −1)
    ['clip(a, 3 - a, a)', 'a', 1],
    ['clip(b, a + 1, c)', 'a', 0],
  ])('∂(%s)/∂%s = %d', (text, v, expected) => {
    expect(evaluateTree(differentiate(parseUserExpression(text, { where }), v, where), at)).toBeCloseTo(expected, 12);
  });
});

// The PyTorch slope of relu, leaky_relu, abs, max, min and clip at each kink is pinned in kink.test.ts (beside the kink:
// t convention); here the steps, whose jump has no one-sided slopes to compare with, and clamp above its range.
describe('the derivative at a kink (PyTorch autograd conventions, docs/network-file.md)', () => {
  it.each<[string, string, Record<string, number>, number]>([
    ['step(a) + heaviside(a) + sign(a)', 'a', { a: 0 }, 0],
    ['clamp(a, b, c)', 'c', { a: 2, b: 0, c: 1 }, 1],
  ])('∂(%s)/∂%s at %j is %d', (text, v, at, expected) => {
    const scope = { a: 0, b: 0, c: 0, ...at };
    expect(evaluateTree(differentiate(parseUserExpression(text, { where }), v, where), scope)).toBe(expected);
  });
});

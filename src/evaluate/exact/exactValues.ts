// --exact: every quantity of a derivation as a rational (mathjs Fraction) wherever each operation on the way is rational,
// else as a BigNumber of the asked precision. Its own mathjs instance, loaded only when --exact asks (start-up stays lean);
// trees are read by their fields (type, fn, args, value, name), not by class.
import { all, create, type BigNumber, type Fraction, type MathJsInstance, type MathNode } from 'mathjs';
import type { Derivation } from '../../derive/deriveGraph.js';
import { twinOf } from '../../util/evaluationTwin.js';
import { twinFunction } from './stableDecimal.js';
import { LEAKY_SLOPE } from '../../util/piecewise.js';

/** A value: a rational, or a decimal of the run's precision once an operation left the rationals. */
type Exact = { rational: true; v: Fraction } | { rational: false; v: BigNumber };

export interface ExactValue {
  id: string;
  /** n/d when the value is rational. */
  fraction?: string;
  /** The value to `precision` significant digits. */
  decimal: string;
}

export interface ExactOptions {
  /** Significant digits of the BigNumber part (default 40). */
  precision?: number;
}

type Node = MathNode & { type: string; fn?: string | { name: string }; args?: MathNode[]; value?: unknown; name?: string; content?: MathNode; condition?: MathNode; trueExpr?: MathNode; falseExpr?: MathNode };

export function exactValues(derivation: Derivation, opts: ExactOptions = {}): ExactValue[] {
  const precision = opts.precision ?? 40;
  const math = instanceFor(precision);
  const values = new Map<string, Exact>();
  const out: ExactValue[] = [];
  for (const q of derivation.quantities.values()) {
    // A leaf's float64 is read as the shortest fraction that gives it back (0.1 → 1/10, 0.6666666666666666 → 2/3).
    // A leaf written as a fraction (x: 7/30000007) is read as written.
    const written = q.kind === 'value' && q.node !== undefined ? derivation.graph.nodes.get(q.node)?.fraction : undefined;
    const x = q.def ? evaluate(math, q.def as Node, values) : written ? { rational: true as const, v: math.fraction(written) } : leaf(math, q.value ?? Number.NaN);
    values.set(q.id, x);
    out.push({ id: q.id, ...(x.rational ? { fraction: x.v.toFraction() } : {}), decimal: decimalOf(math, x, precision) });
  }
  return out;
}

/** A given float64 as a fraction, or (ε = 1e-8, which the fraction reading takes for 0) as the decimal it is. */
function leaf(math: MathJsInstance, x: number): Exact {
  const f = math.fraction(x);
  return Number.isNaN(x) || math.number(f) === x ? { rational: true, v: f } : { rational: false, v: math.bignumber(x) };
}

/** One mathjs instance per precision: creating one takes tens of milliseconds. */
const instances = new Map<number, MathJsInstance>();
function instanceFor(precision: number): MathJsInstance {
  let math = instances.get(precision);
  if (!math) instances.set(precision, (math = create(all, { number: 'BigNumber', precision })));
  return math;
}

function decimalOf(math: MathJsInstance, x: Exact, precision: number): string {
  const b = toBig(math, x);
  return b.toSignificantDigits(precision).toString();
}

function toBig(math: MathJsInstance, x: Exact): BigNumber {
  if (!x.rational) return x.v;
  return math.divide(math.bignumber(String(x.v.s * x.v.n)), math.bignumber(String(x.v.d))) as BigNumber;
}

const RATIONAL_OPS = new Set(['add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus']);

/** The comparisons a derivative's case split tests (a kink's `u == 0` among them), on the sign of a − b. */
const COMPARISONS: Record<string, (c: number) => boolean> = {
  larger: (c) => c > 0, smaller: (c) => c < 0, largerEq: (c) => c >= 0, smallerEq: (c) => c <= 0, equal: (c) => c === 0, unequal: (c) => c !== 0,
};
const cmp = (math: MathJsInstance, a: Exact, b: Exact): number => toBig(math, a).comparedTo(toBig(math, b));

/** The piecewise functions (util/piecewise.ts) pick one of their arguments or scale it: rational wherever those are. */
function piecewise(math: MathJsInstance, name: string, xs: Exact[]): Exact | undefined {
  const frac = (k: number): Exact => ({ rational: true, v: math.fraction(k) });
  const pick = (a: Exact, b: Exact, larger: boolean): Exact => {
    const c = cmp(math, a, b);
    return (larger ? c >= 0 : c <= 0) ? a : b;
  };
  const [x, y, z] = xs as [Exact, Exact | undefined, Exact | undefined];
  switch (name) {
    case 'max': return pick(x, y!, true);
    case 'min': return pick(x, y!, false);
    case 'relu': return pick(x, frac(0), true);
    case 'leaky_relu': return cmp(math, x, frac(0)) > 0 ? x : operator(math, 'multiply', [y ?? frac(LEAKY_SLOPE), x]);
    case 'step': case 'heaviside': return frac(cmp(math, x, frac(0)) > 0 ? 1 : 0);
    case 'clip': case 'clamp': return pick(pick(x, y!, true), z!, false);
    default: return undefined;
  }
}

function evaluate(math: MathJsInstance, n: Node, values: Map<string, Exact>): Exact {
  // σ' = out(1 − out) is computed as σ(net)σ(−net), as in float64: 1 − out cancels digits at any precision.
  const twin = twinOf(n);
  if (twin) return evaluate(math, twin as Node, values);
  switch (n.type) {
    case 'ConstantNode': return { rational: true, v: math.fraction(Number(n.value)) };
    case 'SymbolNode': {
      const v = values.get(n.name!);
      if (!v) throw new Error(`unknown quantity ${n.name}`);
      return v;
    }
    case 'ParenthesisNode': return evaluate(math, n.content as Node, values);
    case 'OperatorNode': return operator(math, n.fn as string, (n.args ?? []).map((a) => evaluate(math, a as Node, values)));
    case 'FunctionNode': return call(math, (n.fn as { name: string }).name, (n.args ?? []).map((a) => evaluate(math, a as Node, values)));
    case 'ConditionalNode': {
      const test = toBig(math, evaluate(math, n.condition as Node, values));
      return evaluate(math, (test.isZero() ? n.falseExpr : n.trueExpr) as Node, values);
    }
    default: throw new Error(`--exact cannot evaluate a ${n.type}`);
  }
}

function operator(math: MathJsInstance, fn: string, xs: Exact[]): Exact {
  const f = math[fn as 'add'] as (...a: unknown[]) => unknown;
  if (RATIONAL_OPS.has(fn) && xs.every((x) => x.rational) && !(fn === 'divide' && (xs[1]!.v as Fraction).n === 0n)) return { rational: true, v: f(...xs.map((x) => x.v)) as Fraction };
  // An integer power of a rational stays rational: (2/3)^3 = 8/27.
  if (fn === 'pow' && xs[0]!.rational && xs[1]!.rational && (xs[1]!.v as Fraction).d === 1n && Number((xs[1]!.v as Fraction).n) <= 1000) return { rational: true, v: math.pow(xs[0]!.v as never, xs[1]!.v as never) as unknown as Fraction };
  const compare = COMPARISONS[fn];
  if (compare) return { rational: true, v: math.fraction(compare(cmp(math, xs[0]!, xs[1]!)) ? 1 : 0) };
  return { rational: false, v: f(...xs.map((x) => toBig(math, x))) as BigNumber };
}

function call(math: MathJsInstance, name: string, xs: Exact[]): Exact {
  const chosen = piecewise(math, name, xs);
  if (chosen) return chosen;
  const [x] = xs as [Exact];
  // sgn x is −1, 0 or 1: rational wherever x is (the derivative of |x|)
  if (name === 'sign') return x.rational ? { rational: true, v: math.fraction(Math.sign(math.number(x.v as Fraction) as number)) as Fraction } : { rational: false, v: math.sign(toBig(math, x)) as BigNumber };
  if ((name === 'abs' || name === 'square') && x.rational) return { rational: true, v: (name === 'abs' ? math.abs(x.v) : math.multiply(x.v, x.v)) as Fraction };
  const b = xs.map((y) => toBig(math, y));
  const one = math.bignumber(1);
  switch (name) {
    // σ(x) = 1 / (1 + e^−x)
    case 'sigmoid': return { rational: false, v: math.divide(one, math.add(one, math.exp(math.unaryMinus(b[0]!)))) as BigNumber };
    case 'exp': case 'log': case 'sqrt': case 'tanh': case 'sinh': case 'cosh': case 'sin': case 'cos': case 'abs':
      return { rational: false, v: (math[name] as (a: BigNumber) => BigNumber)(b[0]!) };
    case 'square': return { rational: false, v: math.multiply(b[0]!, b[0]!) as BigNumber };
    case 'sigmoidSlopeAt': return { rational: false, v: twinFunction(math, 'sigmoidSlope', b[1]!) };
    case 'tanhSlope': case 'logSigmoid': return { rational: false, v: twinFunction(math, name, b[0]!) };
    default: throw new Error(`--exact cannot evaluate the function ${name}`);
  }
}

// Numerically stable sigmoid, σ', tanh', softplus, log-sum-exp and softmax entries: finite and to full relative precision
// for inputs like ±40 and ±1000 where the textbook forms cancel or overflow.

/** σ(x) = 1 / (1 + e^(−x)), computed from e^(−|x|) so that nothing overflows. */
export function stableSigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const z = Math.exp(x);
  return z / (1 + z);
}

/** σ(x)(1 − σ(x)) = e^x / (1 + e^x)^2 = σ(x)σ(−x): the sigmoid's slope, 0 rather than ∞/∞ far from 0. */
export function sigmoidSlope(x: number): number {
  return stableSigmoid(x) * stableSigmoid(-x);
}

/**
 * σ'(x) from the output o = σ(x) and x: o(1 − o) up to x = 2 (1 − o ≥ 0.119 loses under 3 bits, no more than the
 * roundings of the other form), else o² e^(−x) (1 − o = o e^(−x)): at most one exp, full relative precision at every x.
 */
export function sigmoidSlopeAt(o: number, x: number): number {
  return x <= 2 ? o * (1 - o) : o * o * Math.exp(-x);
}

/** tanh'(x) = 1 − tanh²(x) = sech²(x) = 4e^(−2|x|) / (1 + e^(−2|x|))²: full relative precision where 1 − tanh² cancels (|x| ≳ 10). */
export function tanhSlope(x: number): number {
  const u = Math.exp(-2 * Math.abs(x));
  return (4 * u) / ((1 + u) * (1 + u));
}

/** softplus(x) = log(1 + e^x) = max(x, 0) + log(1 + e^(−|x|)). */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** log σ(x) = −softplus(−x): −1000 at x = −1000 instead of log(0) = −∞. */
export function logSigmoid(x: number): number {
  return -softplus(-x);
}

/** log Σ e^(x_i) = m + log Σ e^(x_i − m) with m = max x_i; −∞ for no terms. */
export function logSumExp(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  if (m === -Infinity || !Number.isFinite(m)) return m;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

/** e^a / Σ e^(b_i): one softmax entry when a is among the b_i, computed as e^(a − m) / Σ e^(b_i − m). */
export function expRatio(a: number, bs: readonly number[]): number {
  let m = -Infinity;
  for (const b of bs) if (b > m) m = b;
  if (!Number.isFinite(m)) m = a;
  let s = 0;
  for (const b of bs) s += Math.exp(b - m);
  return Math.exp(a - m) / s;
}

/** The evaluation-only functions of twins (util/evaluationTwin), by the name a twin calls them. */
export const TWIN_FUNCTIONS: Record<string, (...xs: number[]) => number> = { sigmoidSlopeAt, tanhSlope, logSigmoid };

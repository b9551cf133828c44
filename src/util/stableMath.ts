// Numerically stable sigmoid, softplus, log-sum-exp and softmax entries: finite for inputs like ±1000 where the textbook forms overflow.

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

// Timing helpers for the bench: medians of repeated samples, ours and the baseline interleaved so load hits both alike.
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Milliseconds one call of f takes. */
export function timeOnce(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

export interface Comparison {
  ours: number;
  baseline: number;
  /** Fastest samples: on a loaded machine a preempted sample only ever adds time, so min/min is the steadier ratio. */
  oursMin: number;
  baselineMin: number;
}

/**
 * Median ms per call of each function: `samples` alternating samples of `inner` calls each, after `warmup`
 * calls of both (so both are optimized before timing).
 */
export function compareRepeated(ours: () => unknown, baseline: () => unknown, o: { samples: number; inner: number; warmup: number }): Comparison {
  for (let i = 0; i < o.warmup; i++) {
    ours();
    baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let s = 0; s < o.samples; s++) {
    a.push(timeOnce(() => { for (let i = 0; i < o.inner; i++) ours(); }) / o.inner);
    b.push(timeOnce(() => { for (let i = 0; i < o.inner; i++) baseline(); }) / o.inner);
  }
  return { ours: median(a), baseline: median(b), oursMin: Math.min(...a), baselineMin: Math.min(...b) };
}

/** A duration with a unit that keeps three significant digits: 412 ms, 1.23 s, 87.5 µs. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  if (ms >= 1e-3) return `${(ms * 1e3).toPrecision(3)} µs`;
  return `${(ms * 1e6).toPrecision(3)} ns`;
}

export function formatRatio(ours: number, baseline: number): string {
  const r = ours / baseline;
  return r >= 100 ? `${Math.round(r).toLocaleString('en-US')}×` : `${r.toPrecision(3)}×`;
}

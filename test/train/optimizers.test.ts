// Every optimizer against a plain-loop reference over random states (1e-12 relative), and CS231n's optimizer checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, OPTIMIZERS, OPTIMIZER_IDS, takeStep, type OptimizerId, type OptimizerSettings } from '../../src/train/optimizers/index.js';

type S = OptimizerSettings;
const den = (x: number, s: S): number => (s.epsPlacement === 'inside' ? Math.sqrt(x + s.eps) : Math.sqrt(x) + s.eps);

/** The rules written out once more, one scalar at a time, from their papers and course notes. Returns [w', ...state']. */
function reference(id: OptimizerId, w: number, gRaw: number, st: number[], t: number, s: S): number[] {
  const g = id === 'adamw' ? gRaw : gRaw + s.weightDecay * w;
  const [a, b] = [st[0] ?? 0, st[1] ?? 0];
  const eta = s.learningRate;
  switch (id) {
    case 'sgd': return [w - eta * g];
    case 'momentum': {
      const kept = (1 - s.dampening) * g;
      if (s.etaPlacement === 'inside') { const v = s.momentum * a - eta * kept; return [w + v, v]; }
      const v = s.momentum * a + kept; return [w - eta * v, v];
    }
    case 'nesterov': {
      if (s.etaPlacement === 'inside') { const v = s.momentum * a - eta * g; return [w - s.momentum * a + (1 + s.momentum) * v, v]; }
      const v = s.momentum * a + g; return [w - eta * (g + s.momentum * v), v];
    }
    case 'adagrad': { const c = a + g * g; return [w - eta * g / den(c, s), c]; }
    case 'rmsprop': { const c = s.beta * a + (1 - s.beta) * g * g; return [w - eta * g / den(c, s), c]; }
    case 'adam': case 'adamw': {
      const m = s.beta1 * a + (1 - s.beta1) * g;
      const v = s.beta2 * b + (1 - s.beta2) * g * g;
      const step = eta * (m / (1 - s.beta1 ** t)) / den(v / (1 - s.beta2 ** t), s);
      return [w - step - (id === 'adamw' ? eta * s.weightDecay * w : 0), m, v];
    }
  }
}

/** a ≈ b to 1e-12 relative to the largest of |a|, |b| and |scale|: w' = w − step is compared on the scale of w, since a
 * subtraction that cancels (w′ = 3e-260·(1 − 0.9998), both orders of η·g/den rounding apart) is exact only to w's last digit. */
const close = (a: number, b: number, scale = 0): boolean =>
  Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b), Math.abs(scale), 1e-300) || Math.abs(a - b) < 1e-300;
/** Fixed seeds (one per optimizer): the run is the same every time; FUZZ_RUNS=n explores fresh seeds. */
const FUZZ = process.env.FUZZ_RUNS ? { numRuns: Number(process.env.FUZZ_RUNS) } : { numRuns: 150 };
const seedOf = (id: OptimizerId): number => (process.env.FUZZ_RUNS ? Date.now() : 20261203 + OPTIMIZER_IDS.indexOf(id));

describe('every optimizer against its plain-loop reference', () => {
  const value = fc.double({ min: -10, max: 10, noNaN: true });
  const positive = fc.double({ min: 0, max: 10, noNaN: true });
  const settings = fc.record({
    learningRate: fc.double({ min: 1e-4, max: 2, noNaN: true }),
    momentum: fc.double({ min: 0, max: 0.99, noNaN: true }),
    dampening: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
    beta: fc.double({ min: 0.5, max: 0.999, noNaN: true }),
    beta1: fc.double({ min: 0.5, max: 0.99, noNaN: true }),
    beta2: fc.double({ min: 0.9, max: 0.9999, noNaN: true }),
    eps: fc.double({ min: 1e-10, max: 1e-4, noNaN: true }),
    epsPlacement: fc.constantFrom('inside' as const, 'outside' as const),
    etaPlacement: fc.constantFrom('inside' as const, 'outside' as const),
    weightDecay: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.1, noNaN: true })),
  });
  it.each(OPTIMIZER_IDS)('%s agrees to 1e-12 relative over random parameters, gradients, states and t', (id) => {
    const opt = OPTIMIZERS[id];
    fc.assert(fc.property(fc.array(fc.tuple(value, value, value, positive), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 50 }), settings, (rows, t0, s) => {
      const w = Float64Array.from(rows, (r) => r[0]);
      const g = Float64Array.from(rows, (r) => r[1]);
      // Velocity and m may be negative; cache and v may not.
      const state = opt.state.map((slot) => Float64Array.from(rows, (r) => (slot.key === 'velocity' || slot.key === 'm' ? r[2] : r[3])));
      const expected = rows.map((_, i) => reference(id, w[i]!, g[i]!, state.map((a) => a[i]!), t0 + 1, s));
      takeStep(opt, w, g, state, t0 + 1, s, new Float64Array(rows.length));
      rows.forEach((_, i) => {
        expect(close(w[i]!, expected[i]![0]!, rows[i]![0])).toBe(true);
        state.forEach((a, j) => expect(close(a[i]!, expected[i]![j + 1]!)).toBe(true));
      });
    }), { ...FUZZ, seed: seedOf(id) });
  });
});

/** np.linspace(a, b, 20): CS231n's checks use N, D = 4, 5 laid out row by row. */
const linspace = (a: number, b: number, n = 20): number[] => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

// Source: CS231n (Stanford), assignment 2, FullyConnectedNets.ipynb: the sgd_momentum, rmsprop and adam checks
// (w = linspace(-0.4, 0.6), dw = linspace(-0.6, 0.4), expected values printed to 8 decimals; errors "around 1e-8").
describe('CS231n optimizer checks (assignment 2, FullyConnectedNets)', () => {
  const w0 = linspace(-0.4, 0.6);
  const dw = linspace(-0.6, 0.4);
  const run = (id: OptimizerId, s: Partial<S>, state: number[][], t: number): { w: number[]; state: number[][] } => {
    const w = Float64Array.from(w0);
    const st = state.map((a) => Float64Array.from(a));
    takeStep(OPTIMIZERS[id], w, Float64Array.from(dw), st, t, { ...DEFAULT_SETTINGS, learningRate: 1e-2, ...s }, new Float64Array(20));
    return { w: [...w], state: st.map((a) => [...a]) };
  };
  const near = (got: number[], want: number[]): void => got.forEach((x, i) => expect(Math.abs(x - want[i]!)).toBeLessThan(1e-8 * Math.max(1, Math.abs(want[i]!))));
  it('sgd_momentum: velocity ← 0.9 v − 1e-3 dw, next_w = w + v', () => {
    const r = run('momentum', { learningRate: 1e-3, momentum: 0.9 }, [linspace(0.6, 0.9)], 1);
    near(r.w.slice(0, 5), [0.1406, 0.20738947, 0.27417895, 0.34096842, 0.40775789]);
    near(r.w.slice(15), [1.14244211, 1.20923158, 1.27602105, 1.34281053, 1.4096]);
    near(r.state[0]!.slice(0, 5), [0.5406, 0.55475789, 0.56891579, 0.58307368, 0.59723158]);
    near(r.state[0]!.slice(15), [0.75296842, 0.76712632, 0.78128421, 0.79544211, 0.8096]);
  });
  it('rmsprop: decay 0.99, ε outside the square root', () => {
    const r = run('rmsprop', { beta: 0.99, epsPlacement: 'outside' }, [linspace(0.6, 0.9)], 1);
    near(r.w.slice(0, 5), [-0.39223849, -0.34037513, -0.28849239, -0.23659121, -0.18467247]);
    near(r.w.slice(15), [0.38739248, 0.43947102, 0.49155973, 0.54365823, 0.59576619]);
    near(r.state[0]!.slice(0, 5), [0.5976, 0.6126277, 0.6277108, 0.64284931, 0.65804321]);
    near(r.state[0]!.slice(15), [0.82883269, 0.84469141, 0.86060554, 0.87657507, 0.8926]);
  });
  it('adam: t = 5 steps taken, so this step uses t = 6; ε outside', () => {
    const r = run('adam', { epsPlacement: 'outside' }, [linspace(0.6, 0.9), linspace(0.7, 0.5)], 6);
    near(r.w.slice(0, 5), [-0.40094747, -0.34836187, -0.29577703, -0.24319299, -0.19060977]);
    near(r.w.slice(15), [0.38774145, 0.44031188, 0.49288093, 0.54544852, 0.59801459]);
    near(r.state[1]!.slice(0, 5), [0.69966, 0.68908382, 0.67851319, 0.66794809, 0.65738853]);
    near(r.state[0]!.slice(15), [0.77210526, 0.79157895, 0.81105263, 0.83052632, 0.85]);
  });
});

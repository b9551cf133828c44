// derive --exact: rationals stay fractions (a forward difference is exactly 2x + h), other values agree with
// BigNumber at 60 digits to the asked precision (property over random graphs), and the CLI listing.
import fc from 'fast-check';
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../../src/api.js';
import { deriveGraph } from '../../src/derive/deriveGraph.js';
import { exactValues } from '../../src/evaluate/exact/exactValues.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const derivationOf = (yaml: string) => deriveGraph(compileNetwork(parseNetwork(yaml)));

describe('derive --exact', () => {
  it('keeps a forward difference rational: ((x + h)^2 − x^2)/h = 2x + h exactly, where float64 says 2.0000009999…', () => {
    const values = exactValues(derivationOf('inputs: { x: 1, h: 0.000001 }\nparameters: { a: 1 }\ngraph:\n  d: a*((x + h)^2 - x^2)/h\n'));
    const d = values.find((v) => v.id === 'v$d')!;
    expect(d.fraction).toBe('2000001/1000000');
    expect(d.decimal).toBe('2.000001');
    expect(((1 + 0.000001) ** 2 - 1) / 0.000001).not.toBe(2.000001);
  });
  it('takes inputs written as fractions (x: 2/3) and keeps a forward difference of x^3 exact', () => {
    const values = exactValues(derivationOf('inputs: { x: 2/3, h: 1/1000000 }\nparameters: { a: 1 }\ngraph:\n  d: a*((x + h)^3 - x^3)/h\n'));
    // 3x² + 3xh + h² at x = 2/3, h = 10⁻⁶
    expect(values.find((v) => v.id === 'v$d')!.fraction).toBe('4000006000003/3000000000000');
  });
  it('evaluates every piecewise function and its kink (kink: t, u == 0 tests) rationally', () => {
    const at = (t: string): Record<string, string | undefined> => Object.fromEntries(exactValues(derivationOf(`kink: ${t}\ninputs: { x: 0 }\nparameters: { a: 1/3, b: 1/3 }\ngraph:\n  y: relu(a*x) + abs(b*x) + leaky_relu(x, a) + max(a, b) + min(a, 0) + clip(x, 0, a) + step(x)\n`)).map((v) => [v.id, v.fraction]));
    // ∂y/∂x at x = 0: relu′·a = t/3, |u|′·b = (2t − 1)/3, leaky_relu′ = (1 − t)/3 + t, clip′ = t (u at lo): 8t/3
    expect(['0', '0.5', '1'].map((t) => at(t)['g$x'])).toEqual(['0', '4/3', '8/3']);
    // ∂y/∂a: max′ = t at the tie a = b, nothing else (x = 0, min(a, 0) = 0, clip below hi); y = max(a, b) = 1/3
    expect(['0', '0.5', '1'].map((t) => at(t)['g$a'])).toEqual(['0', '1/2', '1']);
    expect(at('0.5')['v$y']).toBe('1/3');
  });
  it('refuses a value that is neither a number nor a fraction, at its position', async () => {
    expect(() => parseNetwork('inputs: { x: two/3 }\nparameters: { a: 1 }\ngraph:\n  d: a*x\n', 'bad.yaml')).toThrow(/expected a number or a fraction such as 2\/3, got the string "two\/3"/);
  });
  it('reads 2/3 written as a float back as 2/3 and keeps (2/3)^3 = 8/27', () => {
    const values = exactValues(derivationOf(`inputs: { x: ${2 / 3} }\nparameters: { a: 1 }\ngraph:\n  y: a*x^3\n`));
    expect(values.find((v) => v.id === 'v$y')!.fraction).toBe('8/27');
  });
  it('agrees with BigNumber at 60 digits to 35 significant digits on random sigmoid graphs (σ\' evaluated without cancellation)', () => {
    const value = fc.integer({ min: -20, max: 20 }).map((k) => k / 4);
    const big = create(all, { number: 'BigNumber', precision: 80 });
    fc.assert(fc.property(value, value, value, value, (x, w, b, t) => {
      const d = derivationOf(`inputs: { x: ${x} }\ntargets: { t: ${t} }\nparameters: { w: ${w}, b: ${b} }\ngraph:\n  y: sigmoid(w*x + b)\n  E: (y - t)^2/2\n`);
      const at40 = exactValues(d, { precision: 40 });
      const at60 = exactValues(d, { precision: 60 });
      at40.forEach((v, i) => {
        const ref = at60[i]!;
        expect(v.fraction).toBe(ref.fraction);
        const [a, r] = [big.bignumber(v.decimal), big.bignumber(ref.decimal)];
        // 35 of the 40 digits: the last few carry rounding; σ' = σ(1 − σ) printed, σ(z)σ(−z) evaluated, so z ≈ 19
        // cancels nothing: the local partials through σ hold 35 digits of their own size. The loss's y − t cancels for
        // real when y ≈ t (t = 1, y = 1 − 2·10⁻⁵ loses 5 digits): what follows from it holds 35 digits of the scale 1.
        const error = a.minus(r).abs();
        const scale = v.id.startsWith('pd$y$') ? r.abs() : big.max(r.abs(), big.bignumber(1));
        if (!r.isZero()) expect(error.div(scale).toNumber(), v.id).toBeLessThanOrEqual(1e-35);
      });
    }), { numRuns: 6, seed: process.env.FUZZ_RUNS ? undefined : 742403072 });
  });
  // Source: micrograd (Andrej Karpathy), README "Example usage" (g.data 24.7041): exactly 2421/98.
  it('gives micrograd\'s README expression as g = 2421/98 with rational gradients', () => {
    const values = exactValues(derivationOf(readFileSync(join(ROOT, 'fixtures', 'references', 'micrograd-readme.yaml'), 'utf8')));
    expect(values.find((v) => v.id === 'v$g')!.fraction).toBe('2421/98');
    expect(values.find((v) => v.id === 'g$a')!.decimal.slice(0, 12)).toBe('138.83381924');
    expect(values.find((v) => v.id === 'g$a')!.fraction).toMatch(/^\d+\/\d+$/);
  });
  it('prints the listing from the CLI, with --precision', async () => {
    const r = await runCli(['derive', 'fixtures/comp9444-gd-1d.yaml', '--exact', '--precision', '50']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(3);
    const bad = await runCli(['derive', 'fixtures/comp9444-gd-1d.yaml', '--exact', '--precision', '0']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--precision takes a whole number of digits from 1 to 1000, not 0/);
  });
});

// A file's `kink: t`: each piecewise function's slope at its kink is (1 − t)·left + t·right, the one-sided slopes measured
// by finite differences of the function itself; a network whose net is exactly 0 derives, trains and takes its Hessian alike.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differentiate } from '../../src/util/differentiate.js';
import { parseUserExpression } from '../../src/util/parseUserExpression.js';
import { leakyRelu } from '../../src/graph/activations/leakyRelu.js';
import { reluWithKink } from '../../src/graph/activations/relu.js';
import { num, sym } from '../../src/util/mathNodes.js';
import { evaluateTree } from '../helpers/evaluateTree.js';
import { runCli } from '../helpers/cli.js';

const where = { file: '<kink test>' };
const T = [0, 0.5, 1];

// [formula, variable, the point (a kink of the formula in the variable), PyTorch's slope there]
const KINKS: [string, string, Record<string, number>, number][] = [
  ['relu(u)', 'u', { u: 0 }, 0],
  ['leaky_relu(u)', 'u', { u: 0 }, 0.01],
  ['leaky_relu(u, 0.2)', 'u', { u: 0 }, 0.2],
  ['abs(u)', 'u', { u: 0 }, 0],
  ['max(u, v)', 'u', { u: 1, v: 1 }, 0.5],
  ['max(u, v)', 'v', { u: 1, v: 1 }, 0.5],
  ['min(u, v)', 'u', { u: 1, v: 1 }, 0.5],
  ['min(u, v)', 'v', { u: 1, v: 1 }, 0.5],
  ['clip(u, lo, hi)', 'u', { u: 0, lo: 0, hi: 1 }, 1],
  ['clip(u, lo, hi)', 'u', { u: 1, lo: 0, hi: 1 }, 1],
  ['clip(u, lo, hi)', 'lo', { u: 0, lo: 0, hi: 1 }, 0],
  ['clip(u, lo, hi)', 'hi', { u: 1, lo: 0, hi: 1 }, 0],
];

/** The one-sided slopes of the formula in `v` at the point, by finite differences of its value (the oracle). */
function sides(formula: string, v: string, at: Record<string, number>): [number, number] {
  const f = parseUserExpression(formula, { symbols: new Set(Object.keys(at)), where });
  const h = 2 ** -20;
  const y = (dx: number): number => evaluateTree(f, { ...at, [v]: at[v]! + dx });
  return [(y(0) - y(-h)) / h, (y(h) - y(0)) / h];
}

describe('kink: t, function by function', () => {
  it.each(KINKS)('∂%s/∂%s at %j is (1 − t)·left + t·right for t = 0, ½, 1, PyTorch’s without t', (formula, v, at, torch) => {
    const tree = parseUserExpression(formula, { symbols: new Set(Object.keys(at)), where });
    const [left, right] = sides(formula, v, at);
    for (const t of T) expect(evaluateTree(differentiate(tree, v, where, t), at)).toBeCloseTo((1 - t) * left + t * right, 12);
    expect(evaluateTree(differentiate(tree, v, where), at)).toBe(torch);
  });

  it('keeps one derivative per convention (the memo key includes t)', () => {
    const tree = parseUserExpression('relu(u)', { symbols: new Set(['u']), where });
    expect(T.map((t) => evaluateTree(differentiate(tree, 'u', where, t), { u: 0 }))).toEqual([0, 0.5, 1]);
    expect(evaluateTree(differentiate(tree, 'u', where), { u: 0 })).toBe(0);
  });

  it('gives the relu and leaky-relu activations the same slope at net = 0', () => {
    for (const t of T) {
      expect(evaluateTree(reluWithKink(t).derivative(sym('o'), sym('n')), { o: 0, n: 0 })).toBe(t);
      expect(evaluateTree(leakyRelu(0.1, t).derivative(sym('o'), num(0)), { o: 0 })).toBeCloseTo(0.1 * (1 - t) + t, 15);
      // away from the kink the convention changes nothing
      expect(evaluateTree(reluWithKink(t).derivative(sym('o'), num(-2)), { o: 0 })).toBe(0);
    }
  });
});

const dir = mkdtempSync(join(tmpdir(), 'bptex-kink-'));
/** x = (1, −1), w1 = w2 = ½: net_h1 = 0 exactly; out = w3·f(net_h1), E = ½(out − 1)², so ∂E/∂w1 = −1·2·f′(0)·1. */
function network(kink: number | undefined, activation: unknown): string {
  const file = join(dir, `n${String(kink)}${JSON.stringify(activation).replace(/\W/g, '')}.json`);
  writeFileSync(file, JSON.stringify({
    ...(kink === undefined ? {} : { kink }), inputs: { x1: 1, x2: -1 }, targets: { o1: 1 }, parameters: { w1: 0.5, w2: 0.5, w3: 2 },
    layers: [{ activation, neurons: { h1: { weights: { w1: 'x1', w2: 'x2' } } } }, { activation: 'linear', neurons: { o1: { weights: { w3: 'h1' } } } }],
  }));
  return file;
}
async function json(args: string[]): Promise<Record<string, unknown>> {
  const r = await runCli(args);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('kink: t in a network whose net is exactly 0', () => {
  const slopes: [unknown, (t: number) => number][] = [
    ['relu', (t) => t],
    ['leaky-relu', (t) => 0.01 * (1 - t) + t],
    [{ type: 'leaky-relu', slope: 0.2 }, (t) => 0.2 * (1 - t) + t],
    [{ type: 'custom', expr: 'abs(x)' }, (t) => 2 * t - 1],
  ];
  it.each(slopes)('%j: derive and train take f′(0) from t (--exact: test/train/exact.test.ts)', async (activation, slope) => {
    for (const t of T) {
      const file = network(t, activation);
      const want = -2 * slope(t);
      const d = await json(['derive', file, '--format', 'json', '--out', '-']);
      expect((d.gradients as Record<string, number>).w1).toBeCloseTo(want, 14);
      const steps = (await json(['train', file, '--epochs', '1', '--format', 'json', '--out-dir', dir])).steps as { gradients: Record<string, number>; parameters: Record<string, number> }[];
      expect(steps[0]!.gradients.w1).toBeCloseTo(want, 14);
      expect(steps[1]!.parameters.w1).toBeCloseTo(0.5 - 0.5 * want, 14);
    }
  });
  it('the Hessian of relu at net = 0 follows t: ∂²E/∂w1² = w3²·relu′(0)²·x1² = 4t²', async () => {
    for (const t of T) {
      const txt = (await runCli(['derive', network(t, 'relu'), '--hessian', '--format', 'txt', '--out', '-'])).stdout;
      expect(txt).toMatch(new RegExp(`∂²E_total/∂w1² = ${4 * t * t} `));
    }
  });
  it('without kink: PyTorch’s relu′(0) = 0', async () => {
    const d = await json(['derive', network(undefined, 'relu'), '--format', 'json', '--out', '-']);
    expect((d.gradients as Record<string, number>).w1).toBe(0);
  });
  it('refuses a kink outside [0, 1] with its position', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'kink: 2\ninputs: { x: 0 }\nparameters: { a: 1 }\ngraph:\n  y: relu(a * x)\n');
    const r = await runCli(['derive', file, '--out', '-']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:1:7: .*kink/);
  });
});

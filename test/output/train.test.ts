// Training: Mazur's 10,000 epochs, the optimizers against their published formulas, the learning-rate sweep, goldens.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/evaluate/numberPolicy.js';
import { errorCurve, sweepPlot } from '../../src/train/trainingPlots.js';
import { standaloneDocument } from '../../src/util/standaloneDocument.js';
import { DEFAULT_SETTINGS, OPTIMIZERS, type OptimizerId, type OptimizerSettings } from '../../src/train/optimizers/index.js';
import { describeSweepRun, sweepLearningRates } from '../../src/train/sweepLearningRates.js';
import { formatTrainingTable } from '../../src/train/trainingTable.js';
import { trainingDocument } from '../../src/train/trainingDocument.js';
import { trainNetwork } from '../../src/train/trainNetwork.js';
import { GD_1D, MAZUR, TWO_LAYER, golden, prepare } from './trainFixtures.js';

const settings = (learningRate: number, extra: Partial<OptimizerSettings> = {}): OptimizerSettings => ({ ...DEFAULT_SETTINGS, learningRate, ...extra });
const policy = { ...DEFAULT_POLICY, decimals: 10 };

describe('Mazur network, biases frozen, eta = 0.5', () => {
  const mazur = prepare(MAZUR);
  const run = trainNetwork(mazur.source, { epochs: 10000, optimizer: OPTIMIZERS.sgd, settings: settings(0.5) });

  it('trains only the eight weights and reports out_o1, out_o2', () => {
    expect(mazur.source.params).toEqual(['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']);
    expect(mazur.source.outputs).toEqual(['out_o1', 'out_o2']);
  });
  it('has E_total = 0.291027774 after 1 epoch', () => {
    expect(run.losses[1]).toBeCloseTo(0.291027774, 9);
  });
  it('has E_total = 0.0000351019 and outputs 0.015913620, 0.984064274 after 10,000 epochs', () => {
    expect(run.losses[10000]).toBeCloseTo(0.0000351019, 10);
    expect(run.outputValues[20000]).toBeCloseTo(0.01591362, 9);
    expect(run.outputValues[20001]).toBeCloseTo(0.984064274, 9);
  });
  it('prints a loss below 1e-6 in scientific form in every table format, and larger values as decimals', () => {
    const long = trainNetwork(mazur.source, { epochs: 40000, optimizer: OPTIMIZERS.sgd, settings: settings(5) });
    const steps = [0, 40000];
    const tiny = long.losses[40000]!;
    expect(tiny).toBeLessThan(1e-6);
    const [mantissa, exponent] = tiny.toExponential(5).split('e');
    const txt = formatTrainingTable(long, 'txt', DEFAULT_POLICY, mazur.names, { steps });
    expect(txt).toContain(`${Number(mantissa)}e${Number(exponent)}`);
    expect(txt).toContain('0.298371109');
    expect(formatTrainingTable(long, 'tex', DEFAULT_POLICY, mazur.names, { steps })).toContain(`$${Number(mantissa)} \\times 10^{${Number(exponent)}}$`);
    expect(Number(formatTrainingTable(long, 'csv', DEFAULT_POLICY, mazur.names, { steps }).split('\n')[2]!.split(',')[1])).toBeCloseTo(tiny, 20);
  });
  it('writes the training document, table and error curve as committed', async () => {
    const short = trainNetwork(mazur.source, { epochs: 10000, optimizer: OPTIMIZERS.sgd, settings: settings(0.5), traceParam: 4 });
    await expect(trainingDocument(mazur.derivation.graph.title!, short, OPTIMIZERS.sgd, settings(0.5), mazur.names, policy, { log: true })).toMatchFileSnapshot(golden('mazur-train.tex'));
    await expect(formatTrainingTable(short, 'txt', policy, mazur.names)).toMatchFileSnapshot(golden('mazur-train.txt'));
    await expect(standaloneDocument(errorCurve(short, { lossTex: mazur.names.lossTex }), { plots: true })).toMatchFileSnapshot(golden('mazur-error.tex'));
  });
});

/** The published rules of document 003, written out independently for one scalar parameter at a time. */
function referenceStep(id: OptimizerId, w: number[], g: number[], st: number[][], t: number, s: OptimizerSettings): void {
  w.forEach((_, i) => {
    const gi = g[i]!;
    if (id === 'sgd') w[i] -= s.learningRate * gi;
    if (id === 'momentum') { st[0]![i] = s.momentum * st[0]![i]! - s.learningRate * gi; w[i] += st[0]![i]!; }
    if (id === 'rmsprop') { st[0]![i] = s.beta * st[0]![i]! + (1 - s.beta) * gi ** 2; w[i] -= (s.learningRate / Math.sqrt(st[0]![i]! + s.eps)) * gi; }
    if (id === 'adam') {
      st[0]![i] = s.beta1 * st[0]![i]! + (1 - s.beta1) * gi;
      st[1]![i] = s.beta2 * st[1]![i]! + (1 - s.beta2) * gi ** 2;
      const mHat = st[0]![i]! / (1 - s.beta1 ** t);
      const vHat = st[1]![i]! / (1 - s.beta2 ** t);
      w[i] -= (s.learningRate / Math.sqrt(vHat + s.eps)) * mHat;
    }
  });
}

describe('optimizers on the two-layer graph of document 003', () => {
  const two = prepare(TWO_LAYER);
  it.each([
    ['sgd', settings(0.5)],
    ['momentum', settings(0.1, { momentum: 0.9 })],
    ['rmsprop', settings(0.01, { beta: 0.9, eps: 1e-8 })],
    ['adam', settings(0.01, { beta1: 0.9, beta2: 0.999, eps: 1e-8 })],
  ] as [OptimizerId, OptimizerSettings][])('%s takes the same five steps as its published formula', (id, s) => {
    const run = trainNetwork(two.source, { epochs: 5, optimizer: OPTIMIZERS[id], settings: s });
    const n = two.source.params.length;
    const w = [...two.source.initial];
    const state = [new Array(n).fill(0), new Array(n).fill(0)];
    const g = new Float64Array(n);
    for (let t = 1; t <= 5; t++) {
      two.source.run(Float64Array.from(w), g, new Float64Array(1));
      referenceStep(id, w, [...g], state, t, s);
      w.forEach((x, i) => expect(run.weights[t * n + i]).toBeCloseTo(x, 14));
    }
  });
  it.each(['sgd', 'momentum', 'rmsprop', 'adam'] as OptimizerId[])('prints the %s update of the first step with its numbers', async (id) => {
    const run = trainNetwork(two.source, { epochs: 3, optimizer: OPTIMIZERS[id], settings: settings(0.1) });
    const doc = trainingDocument('two-layer', run, OPTIMIZERS[id], settings(0.1), two.names, policy, {});
    expect(doc).toContain(`${run.first!.wAfter.toFixed(10).replace(/0+$/, '')}`);
    await expect(doc).toMatchFileSnapshot(golden(`two-layer-${id}.tex`));
  });
});

describe('learning-rate sweep on the 1-D example of document 000', () => {
  const gd = prepare(GD_1D);
  const sweep = sweepLearningRates(gd.source, [0.1, 0.5, 1, 1.5, 2, 2.5], 10, settings(0.5));
  it.each([
    [0.1, 'converge', false],
    [0.5, 'converge', false],
    [1, 'one-step', false],
    [1.5, 'oscillate', true],
    [2, 'oscillate', false],
    [2.5, 'diverge', false],
  ])('eta = %s: %s', (lr, behaviour, shrinking) => {
    const r = sweep.runs.find((x) => x.learningRate === lr)!;
    expect(r.behaviour).toBe(behaviour);
    if (behaviour === 'oscillate') expect(r.shrinking).toBe(shrinking);
  });
  it('follows the tutorial: w = 0.5 after one epoch and 0.75 after two at eta = 0.5', () => {
    expect(sweep.runs[1]!.path.slice(0, 3)).toEqual([0, 0.5, 0.75]);
  });
  it('writes the sweep plot and its sentences as committed', async () => {
    const num = (x: number): string => String(Math.round(x * 1e6) / 1e6);
    const lines = sweep.runs.map((r) => describeSweepRun(r, 'w', num));
    expect(lines[5]).toMatch(/^η = 2.5: diverges/);
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(golden('gd-1d-sweep.txt'));
    await expect(standaloneDocument(sweepPlot(sweep, 'w', sweep.runs.map((r) => r.behaviour)), { plots: true, groupplots: true })).toMatchFileSnapshot(golden('gd-1d-sweep.tex'));
  });
});

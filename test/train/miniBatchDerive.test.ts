// derive --iterations N --batch-size B: every step's passes, losses, batch gradients and updates against a plain-loop oracle
// (a 2-2-1 sigmoid network with half squared error, written out by hand below); online SGD equals single-example derives.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork, withMiniBatchSteps } from '../../src/api.js';
import type { NetworkDefinition } from '../../src/definition/loadDefinition.js';
import type { MiniBatchStep } from '../../src/evaluate/iterate.js';
import { runCli } from '../helpers/cli.js';
import { emitBeamer } from '../../src/emit/beamer.js';
import { emitTex } from '../../src/emit/tex.js';

const EXAMPLES = [[0, 0, 0.1], [0, 1, 0.9], [1, 0, 0.9], [1, 1, 0.1]] as const;
const START = { w1: 0.3, w2: -0.2, w3: 0.4, w4: 0.1, b1: 0.05, b2: -0.1, w5: 0.6, w6: -0.7, b3: 0.2 };
const ETA = 0.8;

function file(batch: 'mean' | 'sum', examples = EXAMPLES.length): string {
  const ex = EXAMPLES.slice(0, examples).map(([a, b, t]) => `  - { inputs: { x1: ${a}, x2: ${b} }, targets: { y: ${t} } }`);
  return [
    'inputs: {}', 'examples:', ...ex, `batch: ${batch}`,
    `parameters: { ${Object.entries(START).map(([k, v]) => `${k}: ${v}`).join(', ')} }`,
    'layers:', '  - activation: sigmoid', '    neurons:',
    '      h1: { weights: { w1: x1, w2: x2 }, bias: b1 }', '      h2: { weights: { w3: x1, w4: x2 }, bias: b2 }',
    '  - activation: sigmoid', '    neurons:', '      y: { weights: { w5: h1, w6: h2 }, bias: b3 }',
    'loss: half-sse', `learning_rate: ${ETA}`,
  ].join('\n');
}

const stepsOf = (def: NetworkDefinition, opts: Parameters<typeof withMiniBatchSteps>[2]): MiniBatchStep[] => withMiniBatchSteps(derive(def), def, opts).steps!;

type P = Record<keyof typeof START, number>;
const sig = (x: number): number => 1 / (1 + Math.exp(-x));

/** The oracle: forward pass, E = ½(t − y)², and backprop by hand for one example. */
function oracle(p: P, [x1, x2, t]: readonly [number, number, number]): { E: number; g: P } {
  const h1 = sig(p.w1 * x1 + p.w2 * x2 + p.b1);
  const h2 = sig(p.w3 * x1 + p.w4 * x2 + p.b2);
  const y = sig(p.w5 * h1 + p.w6 * h2 + p.b3);
  const dy = (y - t) * y * (1 - y);
  const d1 = dy * p.w5 * h1 * (1 - h1);
  const d2 = dy * p.w6 * h2 * (1 - h2);
  return { E: 0.5 * (t - y) ** 2, g: { w1: d1 * x1, w2: d1 * x2, b1: d1, w3: d2 * x1, w4: d2 * x2, b2: d2, w5: dy * h1, w6: dy * h2, b3: dy } };
}

/** Replays the steps with the oracle, taking each step's batch (its example numbers) from the tool. */
function replay(steps: MiniBatchStep[], combine: 'mean' | 'sum'): void {
  let p: P = { ...START };
  for (const s of steps) {
    const runs = s.examples.map((e) => oracle(p, EXAMPLES[e.example - 1]!));
    s.examples.forEach((e, i) => expect(e.loss).toBeCloseTo(runs[i]!.E, 14));
    const next = { ...p };
    for (const k of Object.keys(START) as (keyof P)[]) {
      const g = runs.reduce((acc, r) => acc + r.g[k], 0) / (combine === 'mean' ? runs.length : 1);
      expect(s.before[k]).toBeCloseTo(p[k], 13);
      expect(s.gradients[k]).toBeCloseTo(g, 14);
      next[k] = p[k] - ETA * g;
      expect(s.after[k]).toBeCloseTo(next[k], 13);
    }
    p = next;
  }
}

describe('derive --iterations N --batch-size B', () => {
  it.each([
    [1, 'mean', false], [2, 'mean', false], [3, 'mean', false], [4, 'sum', false], [2, 'mean', true], [3, 'sum', true],
  ] as const)('batches of %d (%s, shuffled: %s) agree with the plain-loop oracle over 7 steps', (b, combine, shuffle) => {
    const steps = stepsOf(parseNetwork(file(combine)), { iterations: 7, batchSize: b, shuffle, seed: 5 });
    expect(steps).toHaveLength(7);
    replay(steps, combine);
    // epochs: ⌈4/b⌉ steps each; every epoch visits each example once, in file order unless shuffled
    const perEpoch = Math.ceil(4 / b);
    steps.forEach((s, i) => expect(s.epoch).toBe(Math.floor(i / perEpoch) + 1));
    const firstEpoch = steps.slice(0, perEpoch).flatMap((s) => s.examples.map((e) => e.example));
    if (shuffle) expect([...firstEpoch].sort()).toEqual([1, 2, 3, 4]);
    else expect(firstEpoch).toEqual([1, 2, 3, 4]);
  });

  it('online SGD (B = 1) over one epoch equals four single-example derives, each from the weights the one before left', () => {
    const steps = stepsOf(parseNetwork(file('mean')), { iterations: 4, batchSize: 1 });
    let p: Record<string, number> = { ...START };
    EXAMPLES.forEach(([x1, x2, t], i) => {
      const one = `inputs: { x1: ${x1}, x2: ${x2} }\ntargets: { y: ${t} }\nparameters: { ${Object.entries(p).map(([k, v]) => `${k}: ${v}`).join(', ')} }\n${file('mean').slice(file('mean').indexOf('layers:'))}`;
      const ev = derive(parseNetwork(one)).valuation.evaluation;
      p = Object.fromEntries(Object.keys(START).map((k) => [k, ev.get(`u$${k}`)]));
      for (const k of Object.keys(START)) expect(steps[i]!.after[k]).toBe(p[k]);
    });
  });

  it('prints each step from the CLI and refuses --batch-size without --iterations or without examples', async () => {
    const r = await runCli(['derive', 'fixtures/batch-2-1.yaml', '--iterations', '2', '--batch-size', '1', '--format', 'txt', '--out', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Online SGD (one example per step), 2 steps (η = 0.5)');
    expect(r.stdout).toContain('Step 2 (epoch 1), example 2:');
    expect(r.stdout).toMatch(/ {2}w1⁺ = w1 − η · ∂E\/∂w1 = 0\.5 − 0\.5 · \(−0\.081068253\) = 0\.540534126/);
    expect(r.stdout).toContain('  ∂E/∂w2 = 0.099522482\n');
    const alone = await runCli(['derive', 'fixtures/batch-2-1.yaml', '--batch-size', '2']);
    expect([alone.status, alone.stderr]).toEqual([2, 'fixtures/batch-2-1.yaml: --batch-size needs --iterations N, the number of steps to take\n']);
    const none = await runCli(['derive', 'fixtures/mazur-2-2-2.yaml', '--iterations', '2', '--batch-size', '1']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--batch-size takes its batches from the examples: give the file examples/);
  });

  it('prints the steps in tex (a subsection each) and beamer (a frame each, a long batch continued), numbers from the steps', async () => {
    const [tex, beamer] = await Promise.all(['tex', 'beamer'].map((f) => runCli(['derive', 'fixtures/batch-2-1.yaml', '--iterations', '2', '--batch-size', '1', '--format', f, '--out', '-'])));
    expect(tex!.stdout).toContain('\\section*{Online SGD (one example per step), 2 steps ($\\eta$ = 0.5)}');
    expect(tex!.stdout).toContain('\\subsection*{Step 2 (epoch 1), example 2}');
    expect(tex!.stdout).toContain('w_{1}^{+} &= w_{1} - \\eta \\, \\frac{\\partial E}{\\partial w_{1}} \\\\\n&= 0.5 - 0.5 \\cdot (-0.081068253) = 0.540534126');
    expect(beamer!.stdout.match(/\\begin\{frame\}\{Step 1 \(epoch 1\), example 1/g)).toHaveLength(2);
    // four examples in one batch of 4: the batch gradient is ¼ of a sum that wraps, and the step runs over frames
    const steps = stepsOf(parseNetwork(file('mean')), { iterations: 1, batchSize: 4 });
    const doc = withMiniBatchSteps(derive(parseNetwork(file('mean'))), parseNetwork(file('mean')), { iterations: 1, batchSize: 4 });
    const article = emitTex(doc);
    expect(article).toContain(`\\frac{\\partial E}{\\partial w_{5}} &= \\frac{1}{4} \\bigl(`);
    expect(article).toContain(`&= ${steps[0]!.gradients.w5!.toFixed(9).replace(/0+$/, '')} \\\\`);
    const frames = emitBeamer(doc).match(/\\begin\{frame\}\{Step 1 \(epoch 1\), examples 1, 2, 3, 4( \(cont\.\))?\}/g)!;
    expect(frames.length).toBeGreaterThan(2);
    expect(frames.slice(1).every((f) => f.endsWith('(cont.)}'))).toBe(true);
  });
});

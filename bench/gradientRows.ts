// Rows (a)-(c): symbolic derive + evaluate, one compiled gradient, and 10,000 Mazur epochs, each against plain loops.
import { generateNetworkSpec, type NetworkSpecInput } from './generateNetwork.js';
import { loadDefinitionFile } from '../src/definition/loadDefinition.js';
import { createGradientFunction, type GradientFunction } from '../src/evaluate/gradientFunction.js';
import { createPlainGradient, createPlainTrainer, plainNetFromSpec, trainMazurUnrolled } from './baselines.js';
import { compareRepeated, formatMs, formatRatio, median, timeOnce } from './measure.js';
import type { MedianStageTimes, StageTimes } from './pipeline.js';
import type { Row } from './table.js';

/** (a) Everything from the definition to every gradient's number, against one plain gradient. */
export function symbolicRow(shape: number[], times: MedianStageTimes): Row {
  const plain = createPlainGradient(plainNetFromSpec(generateNetworkSpec({ shape, activation: 'sigmoid', seed: 1 })));
  const base = median(Array.from({ length: 21 }, () => timeOnce(plain.run)));
  return {
    name: `(a) derive+evaluate all ${times.params.toLocaleString('en-US')} gradients, ${shape.join('-')}`,
    ours: formatMs(times.total),
    baseline: `${formatMs(base)} plain gradient`,
    ratio: formatRatio(times.total, base),
    note: `graph ${formatMs(times.graph)}, derive ${formatMs(times.derive)}, compile ${formatMs(times.compile)}, run ${formatMs(times.run)}; median of ${times.runs}, fastest ${formatMs(times.fastestTotal)}`,
  };
}

/** (b) One gradient through createGradientFunction against the plain loops, both warmed up. */
export function gradientRow(label: string, shape: number[], derivation: StageTimes['derivation']): Row {
  const f = createGradientFunction(derivation);
  const out = new Float64Array(f.params.length);
  const plain = createPlainGradient(plainNetFromSpec(generateNetworkSpec({ shape, activation: 'sigmoid', seed: 1 })));
  const { ours, baseline, oursMin, baselineMin } = compareRepeated(() => f.gradient(f.values, out), plain.run, { samples: 41, inner: 5, warmup: 30 });
  return {
    name: `(b) one gradient, ${label} (${f.params.length.toLocaleString('en-US')} params)`,
    ours: formatMs(ours),
    baseline: `${formatMs(baseline)} plain loops`,
    ratio: formatRatio(ours, baseline),
    note: `target ≤ 2× (${ours / baseline <= 2 ? 'met' : 'NOT met'}); min/min ${formatRatio(oursMin, baselineMin)}; ${f.kind} path`,
  };
}

/** SGD with every update from the same epoch's gradient (the trainer's loop in miniature); returns the final loss. */
export function trainSgd(f: GradientFunction, epochs: number, eta: number): number {
  const w = Float64Array.from(f.values);
  const g = new Float64Array(w.length);
  for (let e = 0; e < epochs; e++) {
    f.gradient(w, g);
    for (let i = 0; i < w.length; i++) w[i] = w[i]! - eta * g[i]!;
  }
  return f.gradient(w, g);
}

/** (c) 10,000 epochs of Mazur's network (η = 0.5, biases frozen) against plain loops and against hand-unrolled code. */
export function mazurRows(file: string, derivation: StageTimes['derivation']): Row[] {
  const spec = loadDefinitionFile(file).spec as NetworkSpecInput;
  const f = createGradientFunction(derivation);
  const plain = createPlainTrainer(plainNetFromSpec(spec));
  const baselines = [
    { label: 'plain loops', run: () => plain(10_000, 0.5) },
    { label: 'hand-unrolled', run: () => trainMazurUnrolled(spec, 10_000, 0.5) },
  ];
  return baselines.map(({ label, run }) => {
    let ours = 0;
    let theirs = 0;
    const { ours: t, baseline, oursMin, baselineMin } = compareRepeated(() => (ours = trainSgd(f, 10_000, 0.5)), () => (theirs = run()), { samples: 31, inner: 1, warmup: 10 });
    const agree = Math.abs(ours - theirs) <= 1e-12 * Math.abs(theirs);
    return {
      name: `(c) 10,000 SGD epochs, Mazur 2-2-2 vs ${label}`,
      ours: formatMs(t),
      baseline: `${formatMs(baseline)} ${label}`,
      ratio: formatRatio(t, baseline),
      note: `target ≤ 3× (${t / baseline <= 3 ? 'met' : 'NOT met'}); min/min ${formatRatio(oursMin, baselineMin)}; E = ${ours.toPrecision(9)}${agree ? ', same as baseline' : ` vs ${theirs.toPrecision(9)}`}`,
    };
  });
}

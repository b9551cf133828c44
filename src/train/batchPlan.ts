// Online and mini-batch SGD: one gradient source per training example, batches of k in file order or shuffled each epoch
// (seeded), and the batch gradient as the sum or mean of its examples' gradients (the file's `batch:`).
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { deriveGraph } from '../derive/deriveGraph.js';
import { createGradientFunction, toGradientSource, type GradientSource } from '../evaluate/gradientFunction.js';
import { compileNetwork } from '../graph/compileNetwork.js';
import { exampleCopies } from '../graph/examples.js';
import { InputError } from '../util/errors.js';
import { mulberry32 } from '../util/random.js';

export interface BatchPlan {
  examples: number;
  batchSize: number;
  stepsPerEpoch: number;
  /** Writes into g the gradient of the batch that update `step + 1` uses, at parameters w. */
  gradient(step: number, w: Float64Array, g: Float64Array): void;
  /** The 1-based example numbers of the batch update `step + 1` uses. */
  batchOf(step: number): number[];
}

export interface BatchOptions {
  batchSize: number;
  shuffle?: boolean;
  seed?: number;
}

export function planBatches(def: NetworkDefinition, params: string[], opts: BatchOptions): BatchPlan {
  const k = opts.batchSize;
  if (!Number.isSafeInteger(k) || k < 1) throw new InputError(`--batch-size takes a whole number of at least 1, not ${k}`, { file: def.file });
  const sources = exampleCopies(def).map((copy) => exampleSource(def, copy.inputs, copy.targets));
  for (const s of sources) if (s.params.join() !== params.join()) throw new InputError('every example must train the same parameters for --batch-size', { file: def.file });
  const n = sources.length;
  const stepsPerEpoch = Math.ceil(n / k);
  const random = mulberry32(opts.seed ?? 1);
  const orders = new Map<number, number[]>();
  const orderOf = (epoch: number): number[] => {
    let order = orders.get(epoch);
    if (!order) {
      // Epochs are visited in order, so each epoch's shuffle continues the one seeded sequence.
      order = Array.from({ length: n }, (_, i) => i);
      if (opts.shuffle) shuffleInPlace(order, random);
      orders.clear();
      orders.set(epoch, order);
    }
    return order;
  };
  const batchOf = (step: number): number[] => {
    const b = step % stepsPerEpoch;
    return orderOf(Math.floor(step / stepsPerEpoch)).slice(b * k, (b + 1) * k);
  };
  const mean = def.spec.batch === 'mean';
  const gi = new Float64Array(params.length);
  const outs = new Float64Array(64);
  return {
    examples: n,
    batchSize: k,
    stepsPerEpoch,
    batchOf: (step) => batchOf(step).map((i) => i + 1),
    gradient(step, w, g) {
      const batch = batchOf(step);
      g.fill(0);
      for (const i of batch) {
        const src = sources[i]!;
        src.run(w, gi, outs.length >= src.outputs.length ? outs : new Float64Array(src.outputs.length));
        for (let j = 0; j < g.length; j++) g[j] += gi[j]!;
      }
      if (mean) for (let j = 0; j < g.length; j++) g[j] /= batch.length;
    },
  };
}

/** Fisher–Yates with the seeded generator. */
export function shuffleInPlace(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}

/** The network on one example alone: the file without `examples`, that example's inputs and targets. */
export function exampleSource(def: NetworkDefinition, inputs: Record<string, number>, targets: Record<string, number>): GradientSource {
  const one: NetworkDefinition = { ...def, spec: { ...def.spec, examples: undefined, inputs, targets } };
  return toGradientSource(createGradientFunction(deriveGraph(compileNetwork(one), { plainUpdate: true })));
}

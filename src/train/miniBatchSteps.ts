// derive --iterations N --batch-size B: online (B = 1) and mini-batch SGD over a file's examples, every step as data: each
// example's forward pass, loss and gradient (from its own derivation's evaluated trees), the batch's gradient, the update.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { deriveGraph, type Derivation } from '../derive/deriveGraph.js';
import { qid } from '../derive/quantity.js';
import { compileDerivation, runProgram, type Program } from '../evaluate/evaluateDerivation.js';
import type { MiniBatchStep } from '../evaluate/iterate.js';
import { compileNetwork } from '../graph/compileNetwork.js';
import { exampleCopies } from '../graph/examples.js';
import { InputError } from '../util/errors.js';
import { mulberry32 } from '../util/random.js';
import { shuffleInPlace } from './batchPlan.js';

export interface MiniBatchOptions {
  iterations: number;
  batchSize: number;
  shuffle?: boolean;
  seed?: number;
  learningRate?: number;
}

interface ExampleProgram {
  derivation: Derivation;
  program: Program;
  shown: string[];
}

export function miniBatchSteps(def: NetworkDefinition, opts: MiniBatchOptions): MiniBatchStep[] {
  const k = opts.batchSize;
  if (!Number.isSafeInteger(k) || k < 1) throw new InputError(`--batch-size takes a whole number of at least 1, not ${k}`, { file: def.file });
  if (!def.spec.examples) throw new InputError('--batch-size takes its batches from the examples: give the file examples', def.locate(['inputs']));
  const programs = exampleCopies(def).map((copy) => exampleProgram(def, copy.inputs, copy.targets, opts.learningRate));
  const params = programs[0]!.derivation.graph.trainable;
  const eta = programs[0]!.derivation.graph.learningRate;
  const w = new Map(params.map((p) => [p, programs[0]!.derivation.graph.nodes.get(p)!.value!]));
  const combine = def.spec.batch === 'mean' ? 'mean' : 'sum';
  const order = batchOrder(programs.length, k, opts);
  const steps: MiniBatchStep[] = [];
  for (let s = 0; s < opts.iterations; s++) {
    const { epoch, batch } = order(s);
    const before = Object.fromEntries(w);
    const examples = batch.map((i) => passOf(programs[i]!, i + 1, w, params));
    // the batch's gradient: Σ over its examples, divided by their number for batch: mean
    const gradients = Object.fromEntries(params.map((p) => {
      const total = examples.reduce((acc, e) => acc + e.gradients[p]!, 0);
      return [p, combine === 'mean' ? total / examples.length : total];
    }));
    for (const p of params) w.set(p, w.get(p)! - eta * gradients[p]!);
    steps.push({ step: s + 1, epoch, combine, examples, before, gradients, after: Object.fromEntries(w) });
  }
  return steps;
}

/** The network on one example alone, compiled once; it reports its nets and outputs. */
function exampleProgram(def: NetworkDefinition, inputs: Record<string, number>, targets: Record<string, number>, learningRate?: number): ExampleProgram {
  const one: NetworkDefinition = { ...def, spec: { ...def.spec, examples: undefined, inputs, targets } };
  const compiled = compileNetwork(one);
  const derivation = deriveGraph(learningRate === undefined ? compiled : { ...compiled, learningRate });
  const shown = compiled.order.filter((id) => compiled.nodes.get(id)!.kind === 'net' || compiled.nodes.get(id)!.kind === 'activation');
  return { derivation, program: compileDerivation(derivation), shown };
}

function passOf(e: ExampleProgram, example: number, w: Map<string, number>, params: string[]): MiniBatchStep['examples'][number] {
  const ev = runProgram(e.program, { overrides: new Map(params.map((p) => [qid.value(p), w.get(p)!])) });
  const has = (id: string): boolean => e.program.slotOf.has(id);
  return {
    example,
    values: Object.fromEntries(e.shown.map((n) => [n, ev.get(qid.value(n))])),
    loss: ev.get(qid.value(e.derivation.graph.root)),
    gradients: Object.fromEntries(params.map((p) => [p, has(qid.adjoint(p)) ? ev.get(qid.adjoint(p)) : 0])),
  };
}

/** Step s (0-based) → its epoch (1-based) and the 0-based examples of its batch: file order, or shuffled each epoch (seeded, as train). */
function batchOrder(n: number, k: number, opts: MiniBatchOptions): (s: number) => { epoch: number; batch: number[] } {
  const perEpoch = Math.ceil(n / k);
  const random = mulberry32(opts.seed ?? 1);
  let current = -1;
  let order: number[] = [];
  return (s) => {
    const epoch = Math.floor(s / perEpoch);
    if (epoch !== current) {
      // epochs are visited in order, so each epoch's shuffle continues the one seeded sequence
      order = Array.from({ length: n }, (_, i) => i);
      if (opts.shuffle) shuffleInPlace(order, random);
      current = epoch;
    }
    const b = s % perEpoch;
    return { epoch: epoch + 1, batch: order.slice(b * k, (b + 1) * k) };
  };
}

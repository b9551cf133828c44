// The symbolic pipeline with each stage timed: graph, derivation, compiled program, one evaluation.
import { defineGenerated, generateNetworkSpec, type GeneratedActivation } from './generateNetwork.js';
import type { NetworkDefinition } from '../src/definition/loadDefinition.js';
import { deriveGraph, type Derivation } from '../src/derive/deriveGraph.js';
import { compileDerivation, runProgram } from '../src/evaluate/evaluateDerivation.js';
import { compileNetwork } from '../src/graph/compileNetwork.js';
import { timeOnce } from './measure.js';

export interface StageTimes {
  graph: number;
  derive: number;
  compile: number;
  run: number;
  total: number;
  derivation: Derivation;
  params: number;
}

export function timePipeline(def: NetworkDefinition): StageTimes {
  let graph!: ReturnType<typeof compileNetwork>;
  let derivation!: Derivation;
  let program!: ReturnType<typeof compileDerivation>;
  const t = {
    graph: timeOnce(() => (graph = compileNetwork(def))),
    derive: timeOnce(() => (derivation = deriveGraph(graph))),
    compile: timeOnce(() => (program = compileDerivation(derivation))),
    run: timeOnce(() => runProgram(program)),
  };
  return { ...t, total: t.graph + t.derive + t.compile + t.run, derivation, params: graph.trainable.length };
}

/** A median run, with the fastest derivation and total over all runs (a preempted or GC-hit run only adds time). */
export interface MedianStageTimes extends StageTimes {
  runs: number;
  fastestDerive: number;
  fastestTotal: number;
}

/** Runs the pipeline until `repeats` runs or `budgetMs` have passed (at least once); the run with the median total. */
export function medianPipeline(def: NetworkDefinition, repeats: number, budgetMs: number): MedianStageTimes {
  // Only the latest derivation is kept alive: holding every run's (≈100 MB each at 784-100-10) would make
  // each later run pay for a larger heap, which is the bench measuring itself.
  const runs: Omit<StageTimes, 'derivation'>[] = [];
  let derivation: Derivation | undefined;
  const start = performance.now();
  do {
    derivation = undefined;
    // The previous run's garbage is collected before the clock starts (with --expose-gc, as `npm run bench`
    // runs): each run pays for collecting what it allocates itself, not what the run before left behind.
    (globalThis as { gc?: () => void }).gc?.();
    const { derivation: latest, ...times } = timePipeline(def);
    derivation = latest;
    runs.push(times);
  } while (runs.length < repeats && performance.now() - start < budgetMs);
  const fastestDerive = Math.min(...runs.map((r) => r.derive));
  runs.sort((a, b) => a.total - b.total);
  return { ...runs[(runs.length - 1) >> 1]!, derivation: derivation!, runs: runs.length, fastestDerive, fastestTotal: runs[0]!.total };
}

export function denseDefinition(shape: number[], activation: GeneratedActivation = 'sigmoid', seed = 1): NetworkDefinition {
  return defineGenerated(generateNetworkSpec({ shape, activation, seed }));
}

/** Input layer, `depth` hidden layers of `width`, and the output layer: [inputs, width × depth, outputs]. */
export function deepShape(inputs: number, width: number, depth: number, outputs: number): number[] {
  return [inputs, ...Array.from({ length: depth }, () => width), outputs];
}

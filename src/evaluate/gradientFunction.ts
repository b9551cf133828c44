// One interface for training: (parameter values) → loss and every gradient, by the fastest exact path (the dense kernel where
// the network is dense and layered, else generated code over every quantity; on every fixture both give the closures' bits).
import type { Derivation } from '../derive/deriveGraph.js';
import { qid } from '../derive/quantity.js';
import { compileDenseKernel } from './denseKernel.js';
import { denseLayout, type DenseLayout } from './denseLayout.js';
import { compileDerivation } from './evaluateDerivation.js';
import { generateProgram } from './generatedProgram.js';

export interface GradientFunction {
  /** 'dense': generated loops over weight matrices; 'generated': generated code over every quantity. */
  kind: 'dense' | 'generated';
  /** Why the dense kernel was not used (kind 'generated'). */
  reason?: string;
  /** Trainable parameters, in file order (the derivation's graph.trainable). */
  params: string[];
  /** Their values in the file. */
  values: Float64Array;
  /** Output nodes (out_o1, …), read by `readOutputs` after a `gradient` call. */
  outputs: string[];
  /** Writes ∂E/∂p for every parameter into `out` (same order as `params`) and returns the loss E. */
  gradient(values: Float64Array, out: Float64Array): number;
  readOutputs(into: Float64Array): void;
}

export interface GradientSource {
  /** Trainable parameters, in file order. */
  params: string[];
  /** Their values in the file. */
  initial: Float64Array;
  /** Nodes reported as the network's outputs (out_o1, …; for graphs, what the loss terms read). */
  outputs: string[];
  /** Writes ∂E/∂p into `gradient` and the outputs into `outputs`; returns the loss. */
  run(values: Float64Array, gradient: Float64Array, outputs: Float64Array): number;
}

/** Output nodes: the last layer's activations, or the non-target parents of the loss (terms). */
export function outputNodes(derivation: Derivation): string[] {
  const g = derivation.graph;
  const last = g.layers.at(-1);
  if (g.kind === 'network' && last) return last.map((u) => `out_${u}`);
  const root = g.nodes.get(g.root)!;
  const readers = root.parents.flatMap((p) => (g.nodes.get(p)!.kind === 'lossTerm' ? g.nodes.get(p)!.parents : [p]));
  const outs = readers.filter((p) => { const k = g.nodes.get(p)!.kind; return k !== 'target' && k !== 'input' && k !== 'param'; });
  return [...new Set(outs.length ? outs : [g.root])];
}

export interface GradientOptions {
  /** Use the dense kernel when the graph qualifies (default true). */
  dense?: boolean;
}

export function createGradientFunction(derivation: Derivation, opts: GradientOptions = {}): GradientFunction {
  const params = [...derivation.graph.trainable];
  const layout = opts.dense === false ? 'dense kernel turned off' : denseLayout(derivation.graph, params);
  return typeof layout === 'string' ? generatedGradient(derivation, params, layout) : denseGradient(derivation, params, layout);
}

/** The trainer's GradientSource over a gradient function. */
export function toGradientSource(f: GradientFunction): GradientSource {
  return {
    params: f.params,
    initial: f.values,
    outputs: f.outputs,
    run(values, gradient, outputs) {
      const loss = f.gradient(values, gradient);
      f.readOutputs(outputs);
      return loss;
    },
  };
}

function initialValues(derivation: Derivation, params: string[]): Float64Array {
  return Float64Array.from(params, (p) => derivation.graph.nodes.get(p)!.value!);
}

function denseGradient(derivation: Derivation, params: string[], layout: DenseLayout): GradientFunction {
  const kernel = compileDenseKernel(layout);
  const { source, identity } = layout;
  // Not in parameter order (frozen or shared parameters): gather into packed matrices, scatter-add the gradient back.
  const P = Float64Array.from(layout.constants);
  const G = new Float64Array(layout.packedSize);
  const gradient = identity
    ? (values: Float64Array, out: Float64Array): number => kernel.run(values, out)
    : source.length <= STRAIGHT_SLOTS
      ? straightGather(source, params.length, P, G, kernel.run)
      : (values: Float64Array, out: Float64Array): number => {
          for (let k = 0; k < source.length; k++) if (source[k]! >= 0) P[k] = values[source[k]!]!;
          const loss = kernel.run(P, G);
          out.fill(0, 0, params.length);
          for (let k = 0; k < source.length; k++) if (source[k]! >= 0) out[source[k]!] += G[k]!;
          return loss;
        };
  return {
    kind: 'dense',
    params,
    values: initialValues(derivation, params),
    outputs: layout.outputs,
    gradient,
    readOutputs: (into) => into.set(kernel.outs.subarray(kernel.outputOffset, kernel.outputOffset + layout.outputs.length)),
  };
}

/** Up to this many packed slots the gather and scatter are generated as straight-line code (Mazur's 2-2-2 has 12). */
const STRAIGHT_SLOTS = 256;

/**
 * The loops above written out for one layout: each slot read from its parameter, and each parameter's gradient the sum
 * of its slots' in slot order from 0 (the loops' own additions, so the same bits); on a small net the loops and their
 * tests took as long as the kernel.
 */
function straightGather(source: Int32Array, params: number, P: Float64Array, G: Float64Array, run: (P: Float64Array, G: Float64Array) => number): (values: Float64Array, out: Float64Array) => number {
  const lines: string[] = [];
  const slots: number[][] = Array.from({ length: params }, () => []);
  source.forEach((s, k) => {
    if (s < 0) return;
    lines.push(`P[${k}] = values[${s}];`);
    slots[s]!.push(k);
  });
  lines.push('const loss = run(P, G);');
  slots.forEach((ks, s) => lines.push(`out[${s}] = ${['0', ...ks.map((k) => `G[${k}]`)].join(' + ')};`));
  const factory = new Function('P', 'G', 'run', `'use strict';\nreturn function gradient(values, out) {\n${lines.join('\n')}\nreturn loss;\n};`);
  return factory(P, G, run) as (values: Float64Array, out: Float64Array) => number;
}

function generatedGradient(derivation: Derivation, params: string[], reason: string): GradientFunction {
  const program = compileDerivation(derivation);
  const generated = generateProgram(program);
  const slotOf = (id: string): number => program.slotOf.get(id) ?? -1;
  const paramSlots = Int32Array.from(params, (p) => slotOf(qid.value(p)));
  // A parameter without an adjoint (no path to the loss) has gradient 0.
  const gradSlots = Int32Array.from(params, (p) => slotOf(qid.adjoint(p)));
  const outputs = outputNodes(derivation);
  const outSlots = Int32Array.from(outputs, (n) => slotOf(qid.value(n)));
  const lossSlot = slotOf(qid.value(derivation.graph.root));
  const slots = Float64Array.from(program.leaves);
  return {
    kind: 'generated',
    reason,
    params,
    values: initialValues(derivation, params),
    outputs,
    gradient(values, out) {
      for (let i = 0; i < paramSlots.length; i++) slots[paramSlots[i]!] = values[i]!;
      generated.run(slots);
      for (let i = 0; i < gradSlots.length; i++) out[i] = gradSlots[i]! < 0 ? 0 : slots[gradSlots[i]!]!;
      return slots[lossSlot]!;
    },
    readOutputs(into) {
      for (let i = 0; i < outSlots.length; i++) into[i] = slots[outSlots[i]!]!;
    },
  };
}

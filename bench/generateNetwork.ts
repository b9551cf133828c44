// Builds a dense layered network spec of any shape (784-100-10) from a seed, for the bench and the property tests (not shipped).
import type { NetworkDefinition } from '../src/definition/loadDefinition.js';
import { expandMatrixLayers } from '../src/definition/matrixLayers.js';
import type { SourceLocation } from '../src/util/errors.js';
import { NetworkSpec, type NotationName } from '../src/definition/schema.js';
import type { z } from 'zod';
import type { ActivationName } from '../src/graph/activations/index.js';
import type { LossName } from '../src/graph/losses/index.js';
import { mulberry32 } from '../src/util/random.js';

/** The input side of the schema: what a network file holds before defaults are applied. */
export type NetworkSpecInput = z.input<typeof NetworkSpec>;

/** Every unit has its own activation: the layer activation (softmax) is left out. */
export type GeneratedActivation = Exclude<ActivationName, 'softmax'>;
export type GeneratedLoss = LossName;

export interface GenerateOptions {
  /** Layer sizes, inputs first: [784, 100, 10]. */
  shape: readonly number[];
  /** One activation for every layer, or one per layer (length shape.length − 1). */
  activation: GeneratedActivation | readonly GeneratedActivation[];
  seed: number;
  loss?: GeneratedLoss;
  notation?: NotationName;
  learningRate?: number;
  /** Freeze every bias (Mazur's convention); default false. */
  frozenBiases?: boolean;
}

/** Unit ids of layer l (0 = inputs): x1.., hidden h<l>_<j>, outputs o1... */
export function unitId(shape: readonly number[], l: number, j: number): string {
  if (l === 0) return `x${j + 1}`;
  if (l === shape.length - 1) return `o${j + 1}`;
  return `h${l}_${j + 1}`;
}

/** Weight into unit j of layer l from unit i of layer l − 1 (1-based in the name): w<l>_<j>_<i>. */
export const weightId = (l: number, j: number, i: number): string => `w${l}_${j + 1}_${i + 1}`;
/** Bias of unit j of layer l: b<l>_<j>. */
export const biasId = (l: number, j: number): string => `b${l}_${j + 1}`;

/**
 * A dense network: every unit reads every unit of the layer before, one bias per unit; weights uniform in
 * ±1/√fan-in (small, so deep sigmoid nets do not saturate), inputs and targets uniform in (0, 1).
 */
export function generateNetworkSpec(o: GenerateOptions): NetworkSpecInput {
  const { shape } = o;
  if (shape.length < 2 || shape.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new RangeError(`shape needs at least two positive integer layer sizes; got [${shape.join(', ')}]`);
  }
  const random = mulberry32(o.seed);
  const open = (): number => (random() * 0.98 + 0.01); // in (0, 1), away from the ends (log losses)
  const inputs: Record<string, number> = {};
  for (let i = 0; i < shape[0]!; i++) inputs[unitId(shape, 0, i)] = open();
  const parameters: Record<string, number> = {};
  const biases: string[] = [];
  const layers: NonNullable<NetworkSpecInput['layers']> = [];
  for (let l = 1; l < shape.length; l++) {
    const scale = 1 / Math.sqrt(shape[l - 1]!);
    const neurons: Record<string, { weights: Record<string, string>; bias: string }> = {};
    for (let j = 0; j < shape[l]!; j++) {
      const weights: Record<string, string> = {};
      for (let i = 0; i < shape[l - 1]!; i++) {
        const w = weightId(l, j, i);
        parameters[w] = (2 * random() - 1) * scale;
        weights[w] = unitId(shape, l - 1, i);
      }
      const b = biasId(l, j);
      parameters[b] = (2 * random() - 1) * scale;
      biases.push(b);
      neurons[unitId(shape, l, j)] = { weights, bias: b };
    }
    const activation = typeof o.activation === 'string' ? o.activation : o.activation[l - 1] ?? 'sigmoid';
    layers.push({ name: l === shape.length - 1 ? 'output' : `hidden ${l}`, activation, neurons });
  }
  const targets: Record<string, number> = {};
  for (let k = 0; k < shape.at(-1)!; k++) targets[unitId(shape, shape.length - 1, k)] = open();
  return {
    title: `dense ${shape.join('-')} (seed ${o.seed})`,
    notation: o.notation ?? 'layered',
    inputs,
    targets,
    parameters,
    frozen: o.frozenBiases ? biases : [],
    layers,
    loss: o.loss ?? 'half-sse',
    learning_rate: o.learningRate ?? 0.5,
  };
}

/** A validated definition of a generated spec, without a file: positions point at the spec's field paths only. */
export function defineGenerated(spec: NetworkSpecInput, file = '<generated>'): NetworkDefinition {
  const locate = (path: readonly (string | number)[]): SourceLocation => ({ file, path: path.join('.') });
  return { spec: expandMatrixLayers(NetworkSpec.parse(spec), spec, locate).spec, file, locate };
}

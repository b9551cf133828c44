// The network file's shape, as a zod schema: the single source of validation and of the JSON Schema for editors.
import { z } from 'zod';
import { ACTIVATION_NAMES } from '../graph/activations/names.js';
import { LOSS_NAMES } from '../graph/losses/names.js';
import { OptimizerSpec } from './optimizerSpec.js';
import { NOTATION_NAMES } from './notationNames.js';

/** Node, parameter and neuron ids: ASCII identifiers, so they are safe mathjs symbols and safe in every output. */
export const Identifier = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a name of letters, digits and _ that starts with a letter');

const FiniteNumber = z.number().refine(Number.isFinite, 'must be a finite number');

/** A value that may be written as a fraction p/q (x: 2/3): read as the float nearest p/q; derive --exact reads it back as p/q. */
const FRACTION = /^\s*(-?\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/;
export const FRACTION_PATTERN = FRACTION.source;
const Value = z.preprocess((v) => {
  const m = typeof v === 'string' ? FRACTION.exec(v) : null;
  return m ? Number(m[1]) / Number(m[2]) : v;
}, FiniteNumber) as unknown as typeof FiniteNumber; // a number once read, whatever the file wrote (the JSON Schema adds the fraction text)


/** The activation names come from the registry (graph/activations/index.ts), where each activation's file is. */
export const BuiltinActivation = z.enum(ACTIVATION_NAMES);

export const ActivationSpec = z.union([
  BuiltinActivation,
  z.strictObject({ type: z.literal('leaky-relu'), slope: FiniteNumber.default(0.01) }),
  z.strictObject({ type: z.literal('custom'), expr: z.string().min(1).max(100_000), name: z.string().max(60).optional() }),
]);

export const BuiltinLoss = z.enum(LOSS_NAMES);

export const LossSpec = z.union([
  BuiltinLoss,
  z.strictObject({ type: z.literal('custom'), expr: z.string().min(1).max(100_000) }),
]);

export const NeuronSpec = z.strictObject({
  /** Incoming weights by name: parameter id -> source (an input id or a neuron id). */
  weights: z.record(Identifier, Identifier),
  /** Bias parameter id; several neurons may share one. */
  bias: Identifier.optional(),
  activation: ActivationSpec.optional(),
});

/**
 * A layer: its neurons by id, or its weight matrix (row j = the weights into unit j, one column per unit of the layer
 * before) with biases (one per unit, or one number shared by the layer) and optional unit ids; matrixLayers.ts names
 * the parameters and units of a matrix layer and turns it into neurons.
 */
export const LayerSpec = z
  .strictObject({
    name: z.string().max(60).optional(),
    activation: ActivationSpec.default('sigmoid'),
    neurons: z.record(Identifier, NeuronSpec).refine((n) => Object.keys(n).length > 0, 'a layer needs at least one neuron').optional(),
    weights: z.array(z.array(Value).min(1, 'a row of weights needs at least one number')).min(1, 'a weight matrix needs at least one row').optional(),
    biases: z.union([Value, z.array(Value).min(1)]).optional(),
    units: z.array(Identifier).min(1).optional(),
  })
  .superRefine((layer, ctx) => {
    if ((layer.neurons === undefined) === (layer.weights === undefined)) {
      ctx.addIssue({ code: 'custom', path: [layer.neurons === undefined ? 'neurons' : 'weights'], message: layer.neurons === undefined ? "a layer needs 'neurons' (by id) or 'weights' (a matrix, one row per unit)" : "a layer has 'neurons' or 'weights', not both" });
    }
    for (const field of ['biases', 'units'] as const) {
      if (layer[field] !== undefined && layer.weights === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `'${field}' goes with a weight matrix ('weights'); a layer of neurons names its biases in each neuron` });
    }
  });

export const NotationName = z.enum(NOTATION_NAMES);

export const NetworkSpec = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().max(500).optional(),
  notation: NotationName.default('mazur'),
  /** Display-name overrides: node id -> plain text name (escaped on output). */
  names: z.record(Identifier, z.string().max(100)).optional(),
  /** Input values; a file with `examples` writes `inputs: {}` and gives them per example. */
  inputs: z.record(Identifier, Value).default({}),
  targets: z.record(Identifier, Value).default({}),
  /** Several training examples (layered networks): one copy of the forward pass each, losses combined by `batch`. */
  examples: z.array(z.strictObject({ inputs: z.record(Identifier, Value), targets: z.record(Identifier, Value) })).min(1).optional(),
  /** How the examples' losses make the total: their sum (default) or their mean. */
  batch: z.enum(['sum', 'mean']).default('sum'),
  parameters: z.record(Identifier, Value).default({}),
  frozen: z.array(Identifier).default([]),
  layers: z.array(LayerSpec).min(1).optional(),
  /** Computational-graph nodes: id -> mathjs expression over inputs, parameters and earlier nodes. */
  graph: z.record(Identifier, z.string().min(1).max(100_000)).refine((g) => Object.keys(g).length > 0, 'a graph needs at least one node').optional(),
  /** For graph files: the node whose gradient is taken (defaults to the loss, else the last node). */
  output: Identifier.optional(),
  /**
   * Files without targets: the gradient given to the output, as micrograd's out.backward() (1) or PyTorch's
   * backward(gradient=g); an output unit id (layers) or the graph's output node. Default 1 for a single output.
   */
  output_gradient: z.record(Identifier, Value).optional(),
  loss: LossSpec.default('half-sse'),
  learning_rate: FiniteNumber.default(0.5),
  /**
   * The slope of a piecewise function (relu, leaky_relu, abs, max, min, clip) at its kink: (1 − t)·left slope + t·right
   * slope for `kink: t` in [0, 1]; without it PyTorch's (relu'(0) = 0, |u|'(0) = 0, ½ each at a tie of max/min).
   */
  kink: z.number().min(0).max(1).optional(),
  /** The update rule `train` and `step` use, its settings and starting state (default plain gradient descent). */
  optimizer: OptimizerSpec.optional(),
  /** Given gradients ∂E/∂p by parameter, for `step` (one optimizer step without a loss). */
  gradients: z.record(Identifier, FiniteNumber).optional(),
});

/** A network file as written: layers of neurons or of weight matrices. */
export type NetworkFileSpec = z.infer<typeof NetworkSpec>;
export type LayerFileSpec = z.infer<typeof LayerSpec>;
export type NeuronSpec = z.infer<typeof NeuronSpec>;
/** A layer of neurons, as every later stage reads it (a matrix layer turned into neurons). */
export type LayerSpec = Omit<LayerFileSpec, 'neurons' | 'weights' | 'biases' | 'units'> & { neurons: Record<string, NeuronSpec> };
/** A network file with every layer a layer of neurons. */
export type NetworkSpec = Omit<NetworkFileSpec, 'layers'> & { layers?: LayerSpec[] };
export type ActivationSpec = z.infer<typeof ActivationSpec>;
export type LossSpec = z.infer<typeof LossSpec>;
export type NotationName = z.infer<typeof NotationName>;

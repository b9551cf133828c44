// The JSON Schema for network files, generated from the zod schema in schema.ts so editors check what the loader checks.
import { z } from 'zod';
import { ACTIVATION_NAMES } from '../graph/activations/index.js';
import { LOSSES, LOSS_NAMES } from '../graph/losses/index.js';
import { FRACTION_PATTERN, NetworkSpec } from './schema.js';

type JsonObject = Record<string, unknown>;

/** Hover text for editors; the zod schema holds the rules, these say what each field means (names from the registries). */
const TOP_LEVEL: Record<string, string> = {
  $schema: 'Where the editor finds this schema; ignored by backprop-tex.',
  title: 'Title printed at the top of the derivation.',
  notation: 'How quantities are named in the output: mazur (net_h1, out_o1), layered, comp9444, tartu, plain, ng or row-major (also the matrix form\'s convention).',
  names: 'Display-name overrides: node id -> plain-text name (escaped on output).',
  inputs: 'Input values by id, e.g. { i1: 0.05, i2: 0.10 }.',
  targets: 'Target values by output-neuron id (layers) or leaf id used by the loss.',
  parameters: 'Weights and biases by id with their starting values.',
  frozen: 'Parameters that are never updated (their gradients are not printed).',
  layers: 'The network, layer by layer (use either layers or graph).',
  graph: 'A computational graph: node id -> mathjs expression over inputs, parameters and earlier nodes.',
  output: 'For graph files: the node whose gradient is taken (default: the loss, else the last node).',
  output_gradient: 'Files without targets: the gradient the backward pass starts from, { output: value } (∂f/∂f = 1 by default for a single output; a network with several outputs and no targets derives the forward pass only).',
  loss: `${LOSS_NAMES.map((n) => `${n} (${LOSSES[n].describe}${n === 'half-sse' ? ', the default' : ''})`).join(', ')}, or { type: custom, expr } over t and o.`,
  learning_rate: 'η in w⁺ = w − η·∂E/∂w (default 0.5).',
  examples: 'Several training examples (layered networks), each { inputs, targets }; write inputs: {} at the top.',
  batch: 'How the examples\' losses make the total: sum (default) or mean.',
  optimizer: 'The rule train and step use, and whose first step derive prints: { type: sgd | momentum | nesterov | adagrad | rmsprop | adam | adamw, lr, momentum, beta, beta1, beta2, eps, eps_placement, eta_placement, weight_decay, t, state }.',
  gradients: 'For step: the given gradient of each trainable parameter.',
};
const LAYER: Record<string, string> = {
  name: 'Layer name used in section titles.',
  activation: `${ACTIVATION_NAMES.map((n) => (n === 'sigmoid' ? 'sigmoid (default)' : n)).join(', ')}, { type: leaky-relu, slope } or { type: custom, expr } in x.`,
  neurons: 'Neuron id -> its incoming weights, bias and optional activation (or write the layer as a weight matrix: weights, biases).',
  weights: 'The layer as a weight matrix: one row per unit, one column per unit of the layer before (inputs in the order of inputs); parameters are named w1, w2, … neuron by neuron.',
  biases: 'With weights: one bias per unit ([0.35, 0.35]), or one number shared by the layer (Mazur\'s b1); named b1, b2, ….',
  units: 'With weights: the ids of the layer\'s units (default h1, h2, … for hidden layers; the target ids, else o1, o2, …, for the last).',
};
const NEURON: Record<string, string> = {
  weights: 'Incoming weights: parameter id -> source (an input id or an earlier neuron id).',
  bias: 'Bias parameter id; several neurons may share one.',
  activation: "Overrides the layer's activation for this neuron.",
};

function describeProperties(schema: JsonObject, descriptions: Record<string, string>): void {
  const properties = schema.properties as Record<string, JsonObject>;
  for (const [key, description] of Object.entries(descriptions)) {
    if (properties[key]) properties[key] = { description, ...properties[key] };
  }
}

/** Where the schema is published inside the package (`backprop-tex/schema.json`). */
export const SCHEMA_FILE = 'schema/network.schema.json';

/**
 * The network-file JSON Schema (draft 2020-12). It describes the input side of the zod schema:
 * fields with defaults are optional, as in the file a lecturer writes.
 */
export function networkJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(NetworkSpec, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  describeProperties(schema, TOP_LEVEL);
  // values may be written as fractions (x: 2/3), which the loader reads before checking the number
  for (const field of ['inputs', 'targets', 'parameters']) {
    ((schema.properties as Record<string, JsonObject>)[field]!).additionalProperties = { anyOf: [{ type: 'number' }, { type: 'string', pattern: FRACTION_PATTERN }] };
  }
  const layers = (schema.properties as JsonObject).layers as JsonObject;
  const layer = layers.items as JsonObject;
  describeProperties(layer, LAYER);
  const neurons = (layer.properties as JsonObject).neurons as JsonObject;
  describeProperties(neurons.additionalProperties as JsonObject, NEURON);
  return {
    $schema: schema.$schema,
    $id: 'https://backprop-tex.dev/schema/network.schema.json',
    title: 'backprop-tex network file',
    description: 'A neural network (layers) or computational graph (graph) with its inputs, targets, parameters, loss and learning rate.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The schema as the committed file holds it: two-space JSON and a final newline. */
export function networkJsonSchemaText(): string {
  return `${JSON.stringify(networkJsonSchema(), null, 2)}\n`;
}

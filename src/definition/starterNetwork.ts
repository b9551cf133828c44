// A starter network file (Mazur-style names, seeded weights) from a shape like 2-2-2: what `backprop-tex init` writes.
import { ACTIVATIONS, ACTIVATION_NAMES, type ActivationName } from '../graph/activations/index.js';
import { LOSSES, LOSS_NAMES, type LossName } from '../graph/losses/index.js';
import { mulberry32 } from '../util/random.js';
import { NOTATION_NAMES } from './notationNames.js';
import type { NotationName } from './schema.js';

/** Every layer gets the one activation: a layer activation (softmax) is left out. */
export const STARTER_ACTIVATIONS = ACTIVATION_NAMES.filter((n) => !ACTIVATIONS[n].layer) as Exclude<ActivationName, 'softmax'>[];
/** Any activation may end the network, so a loss that needs outputs in (0, 1) is left out. */
export const STARTER_LOSSES = LOSS_NAMES.filter((n) => !LOSSES[n].needsProbabilities);
export const NOTATIONS = NOTATION_NAMES;
const MAX_UNITS = 10_000;

export interface StarterOptions {
  shape: number[];
  activation: (typeof STARTER_ACTIVATIONS)[number];
  notation: NotationName;
  loss: LossName;
  learningRate: number;
  seed: number;
  /** Path written after `$schema=` in the yaml-language-server line. */
  schema: string;
}

/** Parses `2-2-2` into layer sizes: at least an input and an output layer, each of 1..10000 units. */
export function parseShape(shape: string): number[] {
  const sizes = shape.split('-').map((s) => (/^\d+$/.test(s.trim()) ? Number(s) : NaN));
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_UNITS)) {
    throw new RangeError(`--shape takes layer sizes like 2-2-2 (inputs-hidden-…-outputs), each from 1 to ${MAX_UNITS}; got '${shape}'`);
  }
  return sizes;
}

/** Two decimals, as a lecturer would write them on a slide. */
const twoDecimals = (x: number): string => (Math.round(x * 100) / 100).toFixed(2);

/** Unit ids per layer: i1.. for inputs, h1.. across hidden layers, o1.. for outputs. */
function unitIds(shape: number[]): string[][] {
  let hidden = 0;
  return shape.map((n, l) => Array.from({ length: n }, (_, k) => {
    if (l === 0) return `i${k + 1}`;
    if (l === shape.length - 1) return `o${k + 1}`;
    return `h${++hidden}`;
  }));
}

/** The starter file's YAML text: weights w1.. in Mazur's order (neuron by neuron), one shared bias per layer. */
export function starterNetwork(o: StarterOptions): string {
  const random = mulberry32(o.seed);
  const units = unitIds(o.shape);
  const weight = (): string => twoDecimals(random() - 0.5);
  const inputs = units[0]!.map((id) => `${id}: ${twoDecimals(0.05 + 0.9 * random())}`);
  const targets = units.at(-1)!.map((id) => `${id}: ${twoDecimals(0.05 + 0.9 * random())}`);
  const params: string[] = [];
  const biases: string[] = [];
  const layers: string[] = [];
  let w = 0;
  for (let l = 1; l < units.length; l++) {
    const bias = `b${l}`;
    const neurons = units[l]!.map((id) => {
      const weights = units[l - 1]!.map((src) => (params.push(`  w${++w}: ${weight()}`), `w${w}: ${src}`));
      return `      ${id}: { weights: { ${weights.join(', ')} }, bias: ${bias} }`;
    });
    biases.push(`  ${bias}: ${weight()}`);
    layers.push(`  - name: ${l === units.length - 1 ? 'output' : `hidden${units.length > 3 ? ` ${l}` : ''}`}`, `    activation: ${o.activation}`, '    neurons:', ...neurons);
  }
  return [
    `# yaml-language-server: $schema=${o.schema}`,
    `# Starter network written by backprop-tex init --shape ${o.shape.join('-')} --seed ${o.seed}; edit the numbers freely.`,
    `title: A ${o.shape.join('-')} network`,
    `notation: ${o.notation}`,
    `inputs: { ${inputs.join(', ')} }`,
    `targets: { ${targets.join(', ')} }`,
    'parameters:', ...params, ...biases,
    'layers:', ...layers,
    `loss: ${o.loss}`,
    `learning_rate: ${o.learningRate}`,
    '',
  ].join('\n');
}

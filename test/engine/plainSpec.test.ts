// readPlainSpec answers exactly as the zod schema does wherever it answers, and leaves every doubtful file to zod.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateNetworkSpec } from '../../bench/generateNetwork.js';
import { withoutPrototypes } from '../../src/definition/nullPrototype.js';
import { readPlainSpec } from '../../src/definition/plainSpec.js';
import { NetworkSpec } from '../../src/definition/schema.js';
import { ACTIVATIONS, ACTIVATION_NAMES } from '../../src/graph/activations/index.js';
import { LOSSES, LOSS_NAMES } from '../../src/graph/losses/index.js';
import { networkFiles } from '../helpers/networkFiles.js';

/** zod's answer in the form loadDefinition keeps: the data with null prototypes, or undefined for a refusal. */
function zodSpec(data: unknown): unknown {
  const parsed = NetworkSpec.safeParse(data, { jitless: true });
  return parsed.success ? withoutPrototypes(parsed.data) : undefined;
}

/** Where the fast reader answers, it is zod's answer to the key order; it never accepts what zod refuses. */
function expectAgrees(data: unknown): boolean {
  const plain = readPlainSpec(data);
  if (plain === undefined) return false;
  const zod = zodSpec(data);
  expect(zod).toBeDefined();
  expect(JSON.stringify(plain)).toBe(JSON.stringify(zod));
  expect(plain).toStrictEqual(zod);
  return true;
}

const MAZUR = {
  inputs: { i1: 0.05, i2: 0.1 },
  targets: { o1: 0.01, o2: 0.99 },
  parameters: { w1: 0.15, w2: 0.2, b1: 0.35 },
  layers: [
    { activation: 'sigmoid', neurons: { h1: { weights: { w1: 'i1', w2: 'i2' }, bias: 'b1' } } },
    { neurons: { o1: { weights: { w1: 'h1' } }, o2: { weights: { w2: 'h1' }, activation: 'tanh' } } },
  ],
};

describe('readPlainSpec', () => {
  it('reads a layered file as zod does, defaults filled in the schema order', () => {
    expect(expectAgrees(MAZUR)).toBe(true);
    const spec = readPlainSpec(MAZUR)!;
    expect(Object.keys(spec)).toEqual(['notation', 'inputs', 'targets', 'batch', 'parameters', 'frozen', 'layers', 'loss', 'learning_rate']);
    expect(spec.layers![1]!.activation).toBe('sigmoid');
    expect(Object.getPrototypeOf(spec.layers![0]!.neurons)).toBeNull();
  });

  it('agrees with zod on every network file of the repository that it reads', () => {
    const files = [...networkFiles('fixtures'), ...networkFiles('test')];
    let read = 0;
    for (const file of files) {
      let data: unknown;
      try {
        data = parseYaml(readFileSync(file, 'utf8'));
      } catch {
        continue;
      }
      if (expectAgrees(data)) read++;
    }
    expect(read).toBeGreaterThan(20);
  });

  it('agrees with zod on generated networks', () => {
    for (const [shape, activation] of [[[8, 8, 8, 8], 'sigmoid'], [[3, 5, 2], 'tanh'], [[4, 1], 'relu']] as const) {
      expect(expectAgrees(JSON.parse(JSON.stringify(generateNetworkSpec({ shape: [...shape], activation, seed: 3 }))))).toBe(true);
    }
  });

  const faults: [string, (d: Record<string, any>) => void][] = [
    ['a fraction', (d) => (d.inputs.i1 = '1/3')],
    ['a custom activation', (d) => (d.layers[0].activation = { type: 'custom', expr: 'x^2' })],
    ['an unknown field', (d) => (d.colour = 'red')],
    ['an unknown neuron field', (d) => (d.layers[0].neurons.h1.colour = 'red')],
    ['a bad name', (d) => (d.parameters['1w'] = 0.5)],
    ['a weight from a bad name', (d) => (d.layers[0].neurons.h1.weights.w1 = 'i 1')],
    ['an unknown activation', (d) => (d.layers[0].activation = 'sigmoidal')],
    ['an unknown loss', (d) => (d.loss = 'hinge')],
    ['a null value', (d) => (d.targets.o1 = null)],
    ['a layer without neurons', (d) => (d.layers[1].neurons = {})],
    ['no layers', (d) => (d.layers = [])],
    ['a kink above 1', (d) => (d.kink = 1.5)],
    ['a long title', (d) => (d.title = 'x'.repeat(501))],
    ['an optimizer', (d) => (d.optimizer = { type: 'sgd' })],
    ['examples', (d) => (d.examples = [{ inputs: { i1: 1 }, targets: { o1: 0 } }])],
    ['layers as a mapping', (d) => (d.layers = { a: d.layers[0] })],
    ['a non-finite learning rate', (d) => (d.learning_rate = Infinity)],
  ];
  it.each(faults)('leaves a file with %s to zod', (_, change) => {
    const data = structuredClone(MAZUR) as Record<string, any>;
    change(data);
    expect(readPlainSpec(data)).toBeUndefined();
  });

  it('reads optional fields zod accepts as zod does', () => {
    const data = { ...structuredClone(MAZUR), title: 'T', notation: 'layered', names: { h1: 'hidden' }, batch: 'mean', frozen: ['w1'], output: 'o1', loss: 'cross-entropy', learning_rate: 0.1, kink: 0.5, $schema: 'x.json' };
    expect(expectAgrees(data)).toBe(true);
    expect(expectAgrees({ inputs: { x: 1 }, parameters: { a: 2 }, graph: { y: 'a * x' }, output: 'y' })).toBe(true);
  });
});

describe('the name lists the schema loads without the registries (names.ts)', () => {
  it('are the registries\' keys, in order', () => {
    expect(Object.keys(ACTIVATIONS)).toEqual([...ACTIVATION_NAMES]);
    expect(Object.keys(LOSSES)).toEqual([...LOSS_NAMES]);
  });
});

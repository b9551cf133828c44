// Schema completion in the playground's editor: the YAML path at the cursor from indentation, and what the schema offers there.
import { describe, expect, it } from 'vitest';
import { networkJsonSchema } from '../../src/browser.js';
import { enclosingPath, schemaAt } from '../../src/playground/completion.js';

const FILE = [
  'title: t',
  'inputs: { i1: 0.05 }',
  'layers:',
  '  - name: hidden',
  '    activation: sigmoid',
  '    neurons:',
  '      h1: { weights: { w1: i1 } }',
  '  - ',
  'loss: half-sse',
];

describe('enclosingPath', () => {
  it.each([
    [0, []],
    [3, ['layers', '[]']],
    [4, ['layers', '[]']],
    [6, ['layers', '[]', 'neurons']],
    [7, ['layers', '[]']],
    [8, []],
  ])('line %i sits under %j', (line, path) => {
    expect(enclosingPath(FILE, line)).toEqual(path);
  });
});

describe('schemaAt', () => {
  const schema = networkJsonSchema() as Parameters<typeof schemaAt>[0];
  const fields = (path: string[]): string[] => Object.keys(schemaAt(schema, path)?.properties ?? {});
  it.each([
    [[], ['title', 'inputs', 'layers', 'loss', 'learning_rate']],
    [['layers', '[]'], ['name', 'activation', 'neurons']],
    [['layers', '[]', 'neurons', 'h1'], ['weights', 'bias']],
  ])('offers the fields of %j', (path, expected) => {
    expect(fields(path)).toEqual(expect.arrayContaining(expected));
  });

  it('offers the activations and losses by name', () => {
    const names = (path: string[]): unknown[] => (schemaAt(schema, path)?.anyOf ?? []).flatMap((b) => b.enum ?? []);
    expect(names(['layers', '[]', 'activation'])).toEqual(expect.arrayContaining(['sigmoid', 'tanh', 'relu']));
    expect(names(['loss'])).toEqual(expect.arrayContaining(['half-sse', 'cross-entropy']));
  });
});

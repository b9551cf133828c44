// Edit distance and the "did you mean" choice: a swap of neighbouring letters is one edit, a far name is no suggestion.
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/util/editDistance.js';
import { closestName, fieldsAt } from '../../src/definition/schemaKeys.js';
import { NetworkSpec } from '../../src/definition/schema.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbouring swaps', () => {
    expect(editDistance('bias', 'bias')).toBe(0);
    expect(editDistance('bais', 'bias')).toBe(1);
    expect(editDistance('neuron', 'neurons')).toBe(1);
    expect(editDistance('sigmod', 'sigmoid')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('the fields a network file may write', () => {
  it('are read off the schema at a path, through lists, records and optional fields', () => {
    expect(fieldsAt(NetworkSpec, [])).toContain('learning_rate');
    expect(fieldsAt(NetworkSpec, ['layers', 0]).sort()).toEqual(['activation', 'biases', 'name', 'neurons', 'units', 'weights']);
    expect(fieldsAt(NetworkSpec, ['layers', 0, 'neurons', 'o1']).sort()).toEqual(['activation', 'bias', 'weights']);
    expect(fieldsAt(NetworkSpec, ['optimizer'])).toContain('beta1');
    expect(fieldsAt(NetworkSpec, ['parameters'])).toEqual([]);
  });

  it('suggest the nearest allowed name only when it is close', () => {
    expect(closestName('bais', ['weights', 'bias', 'activation'])).toBe('bias');
    expect(closestName('lerning_rate', ['learning_rate', 'loss'])).toBe('learning_rate');
    expect(closestName('momentum', ['learning_rate', 'loss', 'layers'])).toBeUndefined();
    expect(closestName('ab', ['bias'])).toBeUndefined();
  });
});

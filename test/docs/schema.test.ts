// The JSON Schema for editors: regenerated equals committed, every fixture validates, wrong fields are reported.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { networkJsonSchemaText, SCHEMA_FILE } from '../../src/definition/jsonSchema.js';
import { ROOT } from '../helpers/cli.js';
import { codeBlocks } from './markdownBlocks.js';

const committed = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(committed));
const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => /\.ya?ml$/.test(f)).sort();
const mazur = parse(readFileSync(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml'), 'utf8'));

/** The example network files of docs/network-file.md (```yaml runnable file=NAME). */
const docExamples = codeBlocks(readFileSync(join(ROOT, 'docs', 'network-file.md'), 'utf8'))
  .filter((b) => b.lang === 'yaml' && b.file)
  .map((b) => [b.file!, b.code] as const);

function errorsOf(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

describe('network.schema.json', () => {
  it('equals a fresh generation from src/definition/schema.ts (run `npm run schema` after changing it)', () => {
    expect(committed).toBe(networkJsonSchemaText());
  });

  it.each(fixtures)('validates fixtures/%s', (file) => {
    expect(errorsOf(parse(readFileSync(join(ROOT, 'fixtures', file), 'utf8')))).toEqual([]);
  });

  it.each(docExamples)('validates the example %s of docs/network-file.md', (_file, code) => {
    expect(errorsOf(parse(code))).toEqual([]);
  });

  it.each(fixtures)('fixtures/%s names the committed schema in its yaml-language-server line', (file) => {
    const first = readFileSync(join(ROOT, 'fixtures', file), 'utf8').split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match, first).not.toBeNull();
    expect(resolve(dirname(join(ROOT, 'fixtures', file)), match![1]!)).toBe(join(ROOT, SCHEMA_FILE));
  });

  it.each([
    ['a misspelt top-level field', { ...mazur, learning_rat: 0.5 }, 'learning_rat'],
    ['an unknown activation', { ...mazur, layers: [{ ...mazur.layers[0], activation: 'softplus' }, mazur.layers[1]] }, '/layers/0/activation'],
    ['an unknown loss', { ...mazur, loss: 'hinge' }, '/loss'],
    ['an unknown notation', { ...mazur, notation: 'bishop' }, '/notation'],
    ['a weight value that is a string', { ...mazur, parameters: { ...mazur.parameters, w1: 'x' } }, '/parameters/w1'],
    ['a name that is not an identifier', { ...mazur, inputs: { 'i 1': 0.05 } }, '/inputs'],
    ['an output gradient that is a string', { ...mazur, output_gradient: { o1: 'one' } }, '/output_gradient/o1'],
    ['an unknown neuron field', { ...mazur, layers: [{ ...mazur.layers[0], neurons: { h1: { weights: { w1: 'i1' }, bais: 'b1' } } }, mazur.layers[1]] }, 'bais'],
  ])('reports %s', (_name, doc, expected) => {
    const errors = errorsOf(JSON.parse(JSON.stringify(doc)));
    expect(errors.join('\n')).toContain(expected);
  });
});

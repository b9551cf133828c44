// `backprop-tex init`: starter files that load, derive, validate against the schema and are reproducible from --seed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../../src/api.js';
import { parseShape, starterNetwork, type StarterOptions } from '../../src/definition/starterNetwork.js';
import { ROOT, runCli } from '../helpers/cli.js';

const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'network.schema.json'), 'utf8')));
const base: StarterOptions = { shape: [2, 2, 2], activation: 'sigmoid', notation: 'mazur', loss: 'half-sse', learningRate: 0.5, seed: 7, schema: 'schema.json' };

describe('starterNetwork', () => {
  it.each([
    ['a 2-2-2 sigmoid network', {}],
    ['a 3-4-4-1 tanh network with mse', { shape: [3, 4, 4, 1], activation: 'tanh', loss: 'mse' }],
    ['a 1-1 linear network in plain notation', { shape: [1, 1], activation: 'linear', notation: 'plain' }],
    ['a 2-3-2 relu network with sse and η = 0.1', { shape: [2, 3, 2], activation: 'relu', loss: 'sse', learningRate: 0.1 }],
  ] as [string, Partial<StarterOptions>][])('writes %s that loads and matches the schema', (_name, extra) => {
    const text = starterNetwork({ ...base, ...extra });
    expect(() => parseNetwork(text, 'starter.yaml')).not.toThrow();
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names units and weights as Mazur does (i1, h1, o1, w1 for i1 → h1, one bias per layer)', () => {
    const spec = parse(starterNetwork(base));
    expect(Object.keys(spec.inputs)).toEqual(['i1', 'i2']);
    expect(Object.keys(spec.parameters)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'b1', 'b2']);
    expect(spec.layers[0].neurons.h2).toEqual({ weights: { w3: 'i1', w4: 'i2' }, bias: 'b1' });
    expect(spec.layers[1].neurons.o1).toEqual({ weights: { w5: 'h1', w6: 'h2' }, bias: 'b2' });
  });

  it('gives the same file for the same seed and a different one for another', () => {
    expect(starterNetwork(base)).toBe(starterNetwork({ ...base }));
    expect(starterNetwork(base)).not.toBe(starterNetwork({ ...base, seed: 8 }));
  });

  it('starts with the yaml-language-server line and a comment naming backprop-tex', () => {
    const [first, second] = starterNetwork(base).split('\n');
    expect(first).toBe('# yaml-language-server: $schema=schema.json');
    expect(second).toContain('backprop-tex');
  });

  it.each(['2', '2-0-1', '2-a-1', '', '2--1'])("refuses the shape '%s'", (shape) => {
    expect(() => parseShape(shape)).toThrow(/--shape takes layer sizes/);
  });
});

describe('backprop-tex init', () => {
  it('writes network.yaml whose schema path resolves to the package schema, and derive reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bptex-init-'));
    expect((await runCli(['init', '--seed', '1'], { cwd: dir })).status).toBe(0);
    const text = readFileSync(join(dir, 'network.yaml'), 'utf8');
    const schema = /\$schema=(\S+)/.exec(text)![1]!;
    expect(readFileSync(join(dir, schema), 'utf8')).toBe(readFileSync(join(ROOT, 'schema', 'network.schema.json'), 'utf8'));
    const derived = await runCli(['derive', 'network.yaml', '--format', 'json', '--out', '-'], { cwd: dir });
    expect(derived.status, derived.stderr).toBe(0);
  });

  it.each([
    ['an edited starter file', (text: string) => text.replace('title:', 'title: mine'), 'the file exists; not overwriting it (use --force)'],
    ['a file of its own', () => 'my notes\n', 'the file exists; not overwriting it (use --force)'],
  ])('does not overwrite %s without --force', async (_name, edit, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'bptex-init-'));
    await runCli(['init', 'net.yaml', '--seed', '2'], { cwd: dir });
    const edited = edit(readFileSync(join(dir, 'net.yaml'), 'utf8'));
    writeFileSync(join(dir, 'net.yaml'), edited);
    const r = await runCli(['init', 'net.yaml', '--seed', '3'], { cwd: dir });
    expect([r.status, r.stderr.trim()]).toEqual([2, `net.yaml: ${message}`]);
    expect(readFileSync(join(dir, 'net.yaml'), 'utf8')).toBe(edited);
    expect((await runCli(['init', 'net.yaml', '--seed', '3', '--force'], { cwd: dir })).status).toBe(0);
  });
});

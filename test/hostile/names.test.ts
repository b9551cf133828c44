// Names that are JavaScript object members work like any other name; __proto__ is refused at its position, never dropped.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bptex-names-'));
const MEMBERS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

function layered(name: string, at: 'input' | 'parameter' | 'neuron'): string {
  const i = at === 'input' ? name : 'i1';
  const w = at === 'parameter' ? name : 'w1';
  const o = at === 'neuron' ? name : 'o1';
  return `inputs: { ${i}: 0.05, i2: 0.1 }\ntargets: { ${o}: 0.01 }\nparameters: { ${w}: 0.15, w2: 0.2 }\nlayers:\n  - activation: sigmoid\n    neurons:\n      ${o}: { weights: { ${w}: ${i}, w2: i2 } }\n`;
}

describe('object-member names', () => {
  it.each(MEMBERS.flatMap((name) => (['input', 'parameter', 'neuron'] as const).map((at) => [name, at] as const)))('%s as %s derives', async (name, at) => {
    const file = join(dir, `${name}-${at}.yaml`);
    writeFileSync(file, layered(name, at));
    const r = await runCli(['derive', file, '--format', 'json', '--out', '-']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).values.E_total).toBeCloseTo(0.12344, 4);
  });

  it.each(MEMBERS)('%s as a graph node and parameter derives, draws and trains', async (name) => {
    const file = join(dir, `${name}-graph.yaml`);
    const node = name === 'valueOf' ? 'toString' : 'valueOf';
    writeFileSync(file, `inputs: { x: 2 }\nparameters: { ${name}: 3 }\ngraph:\n  ${node}: ${name} * x\n  y: ${node} + 1\n`);
    const d = await runCli(['derive', file, '--format', 'md', '--out', '-']);
    expect([d.status, d.stderr]).toEqual([0, '']);
    expect((await runCli(['draw', file, '--out', '-'])).status).toBe(0);
  });
});

describe('__proto__', () => {
  it.each([
    ['yaml input', 'p1.yaml', 'inputs: { x: 1, __proto__: 2 }\nparameters: { w: 1 }\ngraph:\n  y: w * x\n', '1:17'],
    ['yaml top level', 'p2.yaml', '__proto__: { inputs: { x: 1 } }\n', '1:1'],
    ['json parameter', 'p3.json', '{"inputs": {"x": 1}, "parameters": {"__proto__": 2}, "graph": {"y": "x"}}', '1:37'],
    ['json escaped', 'p4.json', '{"inputs": {"x": 1}, "parameters": {"\\u005f_proto__": 2}, "graph": {"y": "x"}}', '1:37'],
  ])('as a key (%s) is refused at its position', async (_what, name, text, at) => {
    writeFileSync(join(dir, name), text);
    const r = await runCli(['derive', join(dir, name)]);
    expect([r.status, r.stderr]).toEqual([2, `${join(dir, name)}:${at}: '__proto__' cannot be a name (it is the prototype of every JavaScript object): rename it\n`]);
  });
});

// Bad network files: one clear line with file:line:col and the field, exit code 2, and no output file.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const mazur = readFileSync(join(ROOT, 'fixtures/mazur-2-2-2.yaml'), 'utf8');

/** [case, file text, expected line:col, expected message fragment] */
const CASES: [string, string, string, string][] = [
  ['a malformed file', mazur.replace('inputs: { i1: 0.05, i2: 0.10 }', 'inputs: { i1: 0.05, i2: 0.10'), '7:1', 'a { or [ opened above is not closed'],
  ['an unknown activation', mazur.replace('activation: sigmoid\n    neurons:\n      o1', 'activation: softplus\n    neurons:\n      o1'), '27:17', '"softplus" is not accepted here: expected sigmoid, tanh, relu, leaky-relu, linear, softmax, an object with type (e.g. { type: custom, expr: ... }) (layers[1].activation)'],
  ['a weight with no value', mazur.replace('  w8: 0.55\n', ''), '29:', "weight 'w8' has no value in parameters (layers[1].neurons.o2.weights.w8)"],
  ['a neuron that reads a missing node', mazur.replace('w6: h2 }', 'w6: h3 }'), '29:', "neuron 'o1' reads 'h3', which is neither an input nor a neuron (layers[1].neurons.o1.weights.w6)"],
  ['a cycle', mazur.replace('h1: { weights: { w1: i1, w2: i2 }', 'h1: { weights: { w1: i1, w2: o1 }'), '24:', 'cycle'],
  ['a non-numeric value', mazur.replace('w5: 0.40', 'w5: zero point four'), '13:7', '(parameters.w5)'],
  ['an unknown field', mazur.replace('loss: half-sse', 'loss: half-sse\nmomentum: 0.9'), '32:1', "unknown field 'momentum'"],
  ['a misspelt field, named where it is written', mazur.replace('{ weights: { w5: h1, w6: h2 }, bias: b2 }', '{ weights: { w5: h1, w6: h2 }, bais: b2 }'), '29:42', "unknown field 'bais': did you mean 'bias'? (layers[1].neurons.o1)"],
  ['a misspelt top-level field', mazur.replace('learning_rate: 0.5', 'lerning_rate: 0.5'), '32:1', "unknown field 'lerning_rate': did you mean 'learning_rate'?"],
  ['a required field written in the singular', mazur.replace('activation: sigmoid\n    neurons:\n      o1', 'activation: sigmoid\n    neuron:\n      o1'), '28:5', "unknown field 'neuron': did you mean 'neurons'? (layers[1])"],
  ['a weight matrix with a row too long', mazur.replace(/  - name: output[\s\S]*?(?=loss:)/, '  - name: output\n    weights: [[0.4, 0.45, 0.1], [0.5, 0.55]]\n    biases: [0.6, 0.6]\n'), '27:15', 'row 1 of the weight matrix has 3 weights, but the layer before has 2 units (h1, h2): one column per unit (layers[1].weights[0])'],
  ['a number in quotes', mazur.replace('learning_rate: 0.5', 'learning_rate: "0.5"'), '32:16', 'expected a number, got the string "0.5": write it without quotes (learning_rate)'],
  ['a bias with no value', mazur.replace('  b2: 0.60\n', '').replace('frozen: [b1, b2]', 'frozen: [b1]'), '28:', "bias 'b2' has no value in parameters (layers[1].neurons.o1.bias)"],
  ['a formula that calls a forbidden function', mazur.replace('activation: sigmoid\n    neurons:\n      h1', 'activation: { type: custom, expr: "evaluate(x)" }\n    neurons:\n      h1'), '22:17', "the function 'evaluate' is not allowed (allowed: exp, log, sqrt, tanh, sinh, cosh, sin, cos, sigmoid, square, max, min, abs, sign, relu, leaky_relu, step, clip, heaviside, clamp) (layers[0].activation)"],
];

describe('bad network files', () => {
  it.each(CASES)('reports %s on one line with its position and field', async (_name, text, position, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'bptex-bad-'));
    const file = join(dir, 'net.yaml');
    writeFileSync(file, text);
    const r = await runCli(['derive', file], { cwd: dir });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${file}:${position}`);
    expect(lines[0]).toContain(message);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reports a missing file by name', async () => {
    const r = await runCli(['derive', 'no-such-net.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('no-such-net.yaml: cannot read: no such file or folder (ENOENT)');
  });
});

// What a name means never depends on the number printed after it: a wrong value of a named quantity is an erratum, and a
// function applied to an argument is a call even where a graph node has the function's name.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const sigmoidAtTwo = derive(parseNetwork(`
inputs: { z: 2 }
parameters: {}
graph:
  sigma: 1 / (1 + exp(-z))
output: sigma
`, 'sigmoid.yaml'));

const neuron = derive(parseNetwork(`
inputs: { x: 1 }
targets: { y: 0 }
parameters: { w: 0.5, b: 0.5 }
learning_rate: 0.1
graph:
  z: w * x + b
  L: (z - y)^2
output: L
`, 'neuron.yaml'));

const verdicts = (doc: string, net = sigmoidAtTwo): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.line} ${c.kind} ${c.printed} ${c.verdict}`);

describe('a name is read by its name, not by whether its value agrees', () => {
  it('judges a wrong value of the loss, written as a word, as an erratum', () => {
    expect(verdicts('$\\text{Loss} = 1$\n', neuron)).toEqual(['1 value 1 exact']);
    expect(verdicts('$\\text{Loss} = 0.5$\n', neuron)).toEqual(['1 value 0.5 erratum']);
    expect(verdicts('```\nLoss: 0.5\n```\n', neuron).filter((v) => v.endsWith('erratum'))).toEqual(['2 value 0.5 erratum']);
  });
});

describe('a function applied to an argument is a call, even beside a node of that name', () => {
  it('reads σ(2) as the sigmoid at 2, not the node σ times 2', () => {
    expect(verdicts('$\\sigma(2) = 0.881$\n')).toEqual(['1 arithmetic 0.881 exact']);
    expect(verdicts('$\\sigma(2) = 0.891$\n').some((v) => v.endsWith('erratum'))).toBe(true);
  });

  it('reads σ(z)(1 − σ(z)) as the sigmoid\'s derivative, and σ(1 − σ) still as a product', () => {
    const exact = (doc: string) => verdicts(doc).every((v) => v.endsWith('exact'));
    expect(exact('$$\\frac{d\\sigma}{dz} = \\sigma(z)(1 - \\sigma(z)) = 0.105$$\n')).toBe(true);
    expect(exact('$$\\frac{d\\sigma}{dz} = \\sigma(1 - \\sigma) = 0.105$$\n')).toBe(true);
    expect(verdicts('$$\\frac{d\\sigma}{dz} = \\sigma(z)(1 - \\sigma(z)) = 0.25$$\n').some((v) => v.endsWith('erratum'))).toBe(true);
  });
});

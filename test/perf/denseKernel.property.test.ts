// Oracle test: the dense kernel and the generated program give the symbolic derivation's loss and gradients (1e-12 relative).
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineGenerated, generateNetworkSpec, type GeneratedActivation, type GeneratedLoss } from '../../bench/generateNetwork.js';
import { loadDefinitionFile, type NetworkDefinition } from '../../src/definition/loadDefinition.js';
import { deriveGraph } from '../../src/derive/deriveGraph.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';
import { compileDerivation, runProgram } from '../../src/evaluate/evaluateDerivation.js';
import { createGradientFunction } from '../../src/evaluate/gradientFunction.js';
import { generateProgram } from '../../src/evaluate/generatedProgram.js';

const ACTIVATIONS: GeneratedActivation[] = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'];
const LOSSES: GeneratedLoss[] = ['half-sse', 'sse', 'mse', 'cross-entropy', 'binary-cross-entropy'];

/** Largest relative difference between the gradient function and runProgram, over the loss and every gradient. */
function worstDifference(def: NetworkDefinition, dense: boolean): { kind: string; worst: number } {
  const derivation = deriveGraph(compileNetwork(def));
  const symbolic = runProgram(compileDerivation(derivation));
  const f = createGradientFunction(derivation, { dense });
  const g = new Float64Array(f.params.length);
  const pairs: [number, number][] = [[f.gradient(f.values, g), symbolic.get(`v$${derivation.graph.root}`)]];
  f.params.forEach((p, i) => pairs.push([g[i]!, symbolic.get(`g$${p}`)]));
  // Relative to the value, with a floor at 1e-12 of the largest gradient (a sum that cancels to ~0 has no relative digits).
  const scale = Math.max(...pairs.map(([, b]) => Math.abs(b)));
  const worst = Math.max(...pairs.map(([a, b]) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12 * scale, Number.MIN_VALUE)));
  return { kind: f.kind, worst };
}

const netArb = fc
  .record({
    widths: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 5 }),
    activations: fc.array(fc.constantFrom(...ACTIVATIONS), { minLength: 4, maxLength: 4 }),
    loss: fc.constantFrom(...LOSSES),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    frozenBiases: fc.boolean(),
  })
  .map((n) => {
    const activations = n.activations.slice(0, n.widths.length - 1);
    // Log losses need outputs in (0, 1): a sigmoid output layer.
    if (n.loss.includes('cross-entropy')) activations[activations.length - 1] = 'sigmoid';
    return { ...n, activations };
  });

describe('the dense kernel', () => {
  it('gives the symbolic gradients on random dense networks (1-4 layers, widths 1-4, every activation and loss)', () => {
    fc.assert(
      fc.property(netArb, (n) => {
        const def = defineGenerated(generateNetworkSpec({ shape: n.widths, activation: n.activations, seed: n.seed, loss: n.loss, frozenBiases: n.frozenBiases }));
        const { kind, worst } = worstDifference(def, true);
        expect(kind).toBe('dense');
        expect(worst).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 200, seed: 20261122 },
    );
  });

  it.each([['sigmoid'], ['tanh'], ['relu']] as const)('gives the symbolic gradients of a 30-20-5 %s network', (activation) => {
    const { kind, worst } = worstDifference(defineGenerated(generateNetworkSpec({ shape: [30, 20, 5], activation, seed: 11 })), true);
    expect(kind).toBe('dense');
    expect(worst).toBeLessThanOrEqual(1e-12);
  });
});

describe('the generated program', () => {
  it('gives the symbolic gradients on random dense networks', () => {
    fc.assert(
      fc.property(netArb, (n) => {
        const def = defineGenerated(generateNetworkSpec({ shape: n.widths, activation: n.activations, seed: n.seed, loss: n.loss }));
        expect(worstDifference(def, false).worst).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe('the generated program of a sigmoid network', () => {
  it('prints nearly every quantity as JavaScript and keeps only stable forms as closures', () => {
    const program = compileDerivation(deriveGraph(compileNetwork(loadDefinitionFile('fixtures/mazur-2-2-2.yaml'))));
    const generated = generateProgram(program);
    expect(generated.closures).toBe(0);
    expect(generated.inlined).toBe(program.steps.filter(Boolean).length);
    expect(generateProgram(program, 200).chunks).toBeGreaterThan(1);
  });
});

describe('every fixture', () => {
  const files = readdirSync('fixtures').filter((f) => f.endsWith('.yaml'));
  it.each(files.flatMap((f) => [[f, true], [f, false]] as const))('%s (dense kernel allowed: %s) agrees with the symbolic derivation', (file, dense) => {
    const { worst } = worstDifference(loadDefinitionFile(`fixtures/${file}`), dense);
    expect(worst).toBeLessThanOrEqual(1e-12);
  });

  it.each([
    ['mazur-2-2-2.yaml', 'dense'],
    ['mixed-2-2-2-1.yaml', 'dense'],
    ['tartu-softmax.yaml', 'generated'],
  ])('%s takes the %s path', (file, kind) => {
    const derivation = deriveGraph(compileNetwork(loadDefinitionFile(`fixtures/${file}`)));
    expect(createGradientFunction(derivation).kind).toBe(kind);
  });
});

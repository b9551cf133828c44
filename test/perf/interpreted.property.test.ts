// Oracle test: the compiled closures (and the generated program) give what mathjs's own interpreter gives
// when it evaluates every quantity's tree in order (1e-12 relative), on every fixture and on random networks.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineGenerated, generateNetworkSpec, type GeneratedActivation, type GeneratedLoss } from '../../bench/generateNetwork.js';
import { loadDefinitionFile, type NetworkDefinition } from '../../src/definition/loadDefinition.js';
import { deriveGraph } from '../../src/derive/deriveGraph.js';
import { compileDerivation, runProgram } from '../../src/evaluate/evaluateDerivation.js';
import { generateProgram } from '../../src/evaluate/generatedProgram.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';
import { twinOf } from '../../src/util/evaluationTwin.js';
import type { MathNode } from 'mathjs';

/**
 * Functions of our trees that mathjs does not define itself, written here from their definitions: the evaluation twins'
 * σ'(x) = e^(−x)/(1 + e^(−x))², sech²(x) and log σ(x) (util/evaluationTwin).
 */
const EXTRA: Record<string, (...x: number[]) => number> = {
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  sigmoidSlopeAt: (_o, x) => Math.exp(-Math.abs(x)) / (1 + Math.exp(-Math.abs(x))) ** 2,
  tanhSlope: (x) => 1 / Math.cosh(x) ** 2,
  logSigmoid: (x) => Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x))),
};

/** The tree as the engine means it: every node with an evaluation twin replaced by its twin. */
const asEvaluated = (tree: MathNode): MathNode => tree.transform((n) => (twinOf(n) ? asEvaluated(twinOf(n)!) : n));

/** Every quantity, interpreted by mathjs (node.evaluate over a scope of the quantities before it), against both compiled forms. */
function compare(def: NetworkDefinition): { quantities: number; worstClosures: number; worstGenerated: number } {
  const derivation = deriveGraph(compileNetwork(def));
  const program = compileDerivation(derivation);
  const closures = runProgram(program);
  const generated = Float64Array.from(program.leaves);
  generateProgram(program, 2_000).run(generated);
  const scope = new Map<string, unknown>(Object.entries(EXTRA));
  const interpreted: number[] = [];
  for (const q of derivation.quantities.values()) {
    const raw = q.def ? (asEvaluated(q.def).evaluate(scope) as number | boolean) : q.value!;
    const value = typeof raw === 'boolean' ? Number(raw) : raw;
    expect(typeof value, `${q.id} interprets to a number`).toBe('number');
    scope.set(q.id, value);
    interpreted.push(value);
  }
  const scale = Math.max(...interpreted.map(Math.abs));
  const rel = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(b), 1e-12 * scale, Number.MIN_VALUE));
  let worstClosures = 0;
  let worstGenerated = 0;
  interpreted.forEach((x, i) => {
    worstClosures = Math.max(worstClosures, rel(closures.slots[i]!, x));
    worstGenerated = Math.max(worstGenerated, rel(generated[i]!, x));
  });
  return { quantities: interpreted.length, worstClosures, worstGenerated };
}

const fixtures = readdirSync(new URL('../../fixtures/', import.meta.url)).filter((f) => /\.(ya?ml|json)$/.test(f));

describe('compiled evaluation against the mathjs interpreter', () => {
  it('finds the fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));

  it.each(fixtures)('%s: every quantity agrees to 1e-12 relative', (file) => {
    const r = compare(loadDefinitionFile(new URL(`../../fixtures/${file}`, import.meta.url).pathname));
    expect(r.quantities).toBeGreaterThan(5);
    expect(r.worstClosures).toBeLessThanOrEqual(1e-12);
    expect(r.worstGenerated).toBeLessThanOrEqual(1e-12);
  });

  const ACTIVATIONS: GeneratedActivation[] = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'];
  const LOSSES: GeneratedLoss[] = ['half-sse', 'sse', 'mse', 'cross-entropy', 'binary-cross-entropy'];
  it('random networks (1-4 layers, widths 1-4, every activation and loss): every quantity agrees to 1e-12 relative', () => {
    fc.assert(
      fc.property(
        fc.record({
          widths: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 5 }),
          activations: fc.array(fc.constantFrom(...ACTIVATIONS), { minLength: 4, maxLength: 4 }),
          loss: fc.constantFrom(...LOSSES),
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        }),
        (n) => {
          const activation = n.activations.slice(0, n.widths.length - 1);
          // Log losses need outputs in (0, 1): a sigmoid output layer.
          if (n.loss.includes('cross-entropy')) activation[activation.length - 1] = 'sigmoid';
          const r = compare(defineGenerated(generateNetworkSpec({ shape: n.widths, activation, seed: n.seed, loss: n.loss })));
          expect(r.worstClosures).toBeLessThanOrEqual(1e-12);
          expect(r.worstGenerated).toBeLessThanOrEqual(1e-12);
        },
      ),
      { numRuns: 100, seed: 20261122 },
    );
  });
});

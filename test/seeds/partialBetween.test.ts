// partialBetween: ∂of/∂wrt between any two nodes, checked against the seed documents' values and the derivation's adjoints.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { partialBetween } from '../helpers/partialBetween.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const circuit = derive(loadNetwork('fixtures/ceng506-sigmoid-circuit.yaml'));

describe('partialBetween', () => {
  it.each([
    ['∂E_o2/∂out_h1 in Mazur (document 001)', mazur, 'E_o2', 'out_h1', -0.0190491182582781],
    ['∂E_o1/∂out_h1 in Mazur (document 001)', mazur, 'E_o1', 'out_h1', 0.055399425],
    ['∂E_total/∂out_h1 in Mazur (document 000)', mazur, 'E_total', 'out_h1', 0.0363503063931447],
    ['∂out_o1/∂net_o1 in Mazur', mazur, 'out_o1', 'net_o1', 0.186815601808959],
    ['∂net_o1/∂w5 in Mazur', mazur, 'net_o1', 'w5', 0.593269992107187],
    ['∂f/∂e in the sigmoid circuit (document 002)', circuit, 'f', 'e', -0.534446645388523],
    ['∂f/∂n in the sigmoid circuit', circuit, 'f', 'n', -0.196611933241482],
    ['∂f/∂x1 in the sigmoid circuit', circuit, 'f', 'x1', -0.589835799724446],
    ['∂d/∂n through e', circuit, 'd', 'n', 0.367879441171442],
    ['a node by itself', circuit, 'f', 'f', 1],
    ['a node that does not depend on the other', circuit, 'm0', 'x1', 0],
  ])('gives %s', (_name, doc, of, wrt, expected) => {
    expect(partialBetween(doc.derivation, doc.valuation, of, wrt)).toBeCloseTo(expected, 8);
  });

  it('agrees with the derivation\'s gradient of every parameter', () => {
    for (const w of mazur.derivation.graph.trainable) {
      expect(partialBetween(mazur.derivation, mazur.valuation.evaluation, 'E_total', w)).toBeCloseTo(mazur.valuation.exact(`g$${w}`), 12);
    }
  });

  it('names an unknown node', () => {
    expect(() => partialBetween(mazur.derivation, mazur.valuation, 'E_total', 'w99')).toThrow("unknown node 'w99'");
  });
});

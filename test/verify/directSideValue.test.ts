// A side of plain arithmetic over names is computed on the tree: the same value and count of names as mathjs' evaluation of the copy.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLatexMath } from '../../src/verify/read/parseLatexMath.js';
import { evaluateSide, evaluateSideTree, type Lookup } from '../../src/verify/resolve/evaluateSide.js';
import { directSideValue } from '../../src/verify/resolve/directSideValue.js';

const VALUES: Record<string, number> = { w_5: 0.4, out_h1: 0.593269992, delta_o1: 0.138498562, '∂E_total/∂w_5': 0.082167041, 'Δw_5': 0.0410835205, t: 0.01 };
const lookup: Lookup = {
  value: (key) => VALUES[key],
  constant: (key) => (key === 'e' ? Math.E : undefined),
  units: () => [],
};

/** The sides of one LaTeX statement as the reader parses them. */
function sides(latex: string) {
  const parsed = parseLatexMath(latex);
  if (parsed.skipped) throw new Error(`${latex}: ${parsed.reason}`);
  return parsed.chains.flatMap((c) => c.sides.map((s) => s.node));
}

describe('directSideValue', () => {
  it.each([
    ['w_5 - 0.5 \\cdot \\frac{\\partial E_{total}}{\\partial w_5}', true],
    ['-(t - out_{h1}) \\cdot out_{h1}(1 - out_{h1})', true],
    ['\\sigma(w_5) + 1', false],
    ['\\delta_{o1} \\cdot out_{h1} / 2 + 3 - 4', true],
    ['\\Delta w_5 + e', true],
    ['x_{9} + 1', false],
    ['\\exp(w_5)', false],
    ['w_5^2', false],
    ['0 / 0', false],
  ])('%s: direct %s, and evaluateSide gives what mathjs gives', (latex, direct) => {
    for (const node of sides(latex)) {
      const fast = directSideValue(node, lookup);
      expect(fast !== undefined).toBe(direct);
      expect(evaluateSide(node, lookup)).toEqual(evaluateSideTree(node, lookup));
    }
  });

  it('agrees with mathjs on random sums, differences, products and quotients of names and numbers', () => {
    const leaf = fc.oneof(fc.constantFrom('w_5', 'out_{h1}', '\\delta_{o1}', '\\Delta w_5', 't', 'e', 'q_3'), fc.double({ min: 0, max: 10, noNaN: true }).map((x) => x.toFixed(4)));
    const expr = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof({ depthSize: 'small' }, leaf, fc.tuple(tie('e'), fc.constantFrom('+', '-', '\\cdot', '/', ''), tie('e')).map(([a, o, b]) => `(${a}) ${o} (${b})`), tie('e').map((a) => `-(${a})`)),
    })).e;
    fc.assert(fc.property(expr, (latex) => {
      for (const node of sides(latex)) expect(evaluateSide(node, lookup)).toEqual(evaluateSideTree(node, lookup));
    }), { numRuns: 100 });
  });
});

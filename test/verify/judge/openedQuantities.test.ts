// A quantity the side works out in numbers (η ∂E/∂w written 0.1 × 0.594 × (−0.073)) is opened into the engine's own formula for it, so each of those numbers meets its quantity.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { alignEngine, type AlignEnv } from '../../../src/verify/judge/alignEngine.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';
import type { MathNode } from '../../../src/util/mathjs.js';

// w' = w − η g with g = δ a: a weight update whose gradient the page writes as its two factors
const values: Record<string, number> = { w: 0.3, eta: 0.1, d: -0.0727, a: 0.517, g: -0.0727 * 0.517 };
const formulaOf = (latex: string): MathNode => parseLatexMath(`x = ${latex}`).chains[0]!.sides[1]!.node;
const env = (withForms: boolean): AlignEnv => ({
  leafId: (n) => ('name' in n && typeof n.name === 'string' && n.name in values ? n.name : undefined),
  fit: (id, literal, negated) => (Math.abs((negated ? -values[id]! : values[id]!) - literal.value) < 0.5 * 10 ** -literal.decimals ? 1 : 0),
  valueOf: (n) => { try { return n.evaluate({ ...values }); } catch { return undefined; } },
  ...(withForms ? { forms: (id: string) => (id === 'g' ? [formulaOf('d a')] : []) } : {}),
});
const update = formulaOf('w - eta g');
const paired = (latex: string, withForms = true): string[] | undefined => {
  const s = parseLatexMath(`x = ${latex}`).chains[0]!.sides[1]!;
  return alignEngine(update, s.node, s.numbers, env(withForms))?.operands.map((o) => `${o.id}=${o.literal.text}`);
};

describe('a quantity worked out in numbers inside a formula', () => {
  it('pairs each number of η δ a with its own quantity, a wrong one (0.594 for a) included', () => {
    expect(paired('0.3 - 0.1 \\times 0.594 \\times (-0.073)')).toEqual(['w=0.3', 'eta=0.1', 'd=-0.073', 'a=0.594']);
  });

  it('is not opened without the engine\'s formulas for it (the side matches only by its value, no number paired)', () => {
    expect(paired('0.3 - 0.1 \\times 0.594 \\times (-0.073)', false)).toEqual([]);
  });

  it('is not opened when no number of the run is its name\'s value (another formula\'s numbers)', () => {
    expect(paired('0.3 - 0.1 \\times 0.9 \\times 0.8')).toBeUndefined();
  });

  it('keeps a run whose value is the quantity\'s as one part: it beats a reading that calls one of its numbers wrong', () => {
    expect(paired('0.3 - 0.1 \\times (-0.0376)')).toEqual(['w=0.3', 'eta=0.1', 'g=-0.0376']);
    // a run whose every number is its own name's value is opened all the same: each number meets its quantity
    expect(paired('0.3 - 0.1 \\times 0.517 \\times (-0.0727)')).toEqual(['w=0.3', 'eta=0.1', 'd=-0.0727', 'a=0.517']);
    // and one that would call its numbers wrong is not (0.5172 and −0.07268 are not a = 0.517 and d = −0.0727 at their
    // places): the run stands for g by its value
    expect(paired('0.3 - 0.1 \\times 0.5172 \\times (-0.07268)')).toEqual(['w=0.3', 'eta=0.1']);
  });
});

describe('on a page in Mazur\'s notation', () => {
  const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
  const errata = (line: string) =>
    verifyDocument(`# Update\n\n${line}\n`, mazur, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.printed} ${c.slip ?? ''}`.trim());

  it('flags out_h2\'s value substituted for out_h1 in w_5\'s update, though the result is printed right', () => {
    expect(errata('$$w_5^{+} = 0.40 - 0.5 \\times 0.741365 \\times 0.186816 \\times 0.596884 = 0.3589$$')).toEqual(['0.596884 swapped-index']);
  });

  it('flags nothing when every substituted number is its quantity\'s', () => {
    expect(errata('$$w_5^{+} = 0.40 - 0.5 \\times 0.741365 \\times 0.186816 \\times 0.593270 = 0.3589$$')).toEqual([]);
  });
});

// A side with fewer terms than the engine's formula is read as that formula with its zero terms left out only where the reading pairs a number with its own value.
import { describe, expect, it } from 'vitest';
import { alignEngine, type AlignEnv } from '../../../src/verify/judge/alignEngine.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';

// p + q + r with p = 0.67, q = r = 0 (a softmax output's error summed over three units, two of them worth 0)
const values: Record<string, number> = { p: 0.67, q: 0, r: 0 };
const env: AlignEnv = {
  leafId: (n) => ('name' in n && typeof n.name === 'string' && n.name in values ? n.name : undefined),
  fit: (id, literal, negated) => (Math.abs((negated ? -values[id]! : values[id]!) - literal.value) < 0.5 * 10 ** -literal.decimals ? 1 : 0),
  valueOf: (n) => { try { return n.evaluate({ ...values }); } catch { return undefined; } },
};
const side = (latex: string) => parseLatexMath(`x = ${latex}`).chains[0]!.sides[1]!;
const formula = parseLatexMath('x = p + q + r').chains[0]!.sides[1]!.node;

describe('terms left out of an engine formula', () => {
  it('reads 0.67 as p with q and r left out', () => {
    const s = side('0.67');
    expect(alignEngine(formula, s.node, s.numbers, env)?.operands.map((o) => o.id)).toEqual(['p']);
  });

  it('does not read 0.05 + 3 (another formula\'s numbers) as two of its terms with a third left out', () => {
    const s = side('0.05 + 3');
    expect(alignEngine(formula, s.node, s.numbers, env)).toBeUndefined();
  });
});

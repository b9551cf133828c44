// A case split (ReLU's derivative, written \begin{cases} 1 & \text{if } z > 0 \\ 0 & \text{otherwise} \end{cases}) is read as the branch its condition picks.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const NET = derive(loadNetwork(join(import.meta.dirname, '../handwritten/relu-dead.yaml')));

/** The value of the right side of `a = …` with z given. */
function valueAt(latex: string, z: number): number {
  const r = parseLatexMath(`a = ${latex}`);
  if (r.skipped) throw new Error(r.reason);
  expect(r.failed).toEqual([]);
  return r.chains[0]!.sides[1]!.node.evaluate({ z }) as number;
}

describe('a case split', () => {
  it.each([
    ['\\begin{cases} 1 & \\text{if } z > 0 \\\\ 0 & \\text{otherwise} \\end{cases}', [1, 0, 0]],
    ['\\begin{cases} 1, & z \\geq 0, \\\\ 0, & z < 0. \\end{cases}', [1, 1, 0]],
    ['\\begin{dcases} z & \\text{for } z > 0 \\\\ 0.01 z & \\text{else} \\end{dcases}', [2, 0, -0.01]],
    ['\\begin{cases} 1 & \\text{si } z > 0 \\\\ 0 & \\text{sonst} \\end{cases}', [1, 0, 0]],
  ] as const)('%s is the branch its condition picks', (latex, [atTwo, atZero, atMinusOne]) => {
    expect([valueAt(latex, 2), valueAt(latex, 0), valueAt(latex, -1)]).toEqual([atTwo, atZero, atMinusOne]);
  });

  it('skips a split whose condition is no comparison, naming it', () => {
    const r = parseLatexMath('a = \\begin{cases} 1 & \\text{if the unit fires} \\\\ 0 & \\text{otherwise} \\end{cases}');
    expect(r.skipped && r.reason).toMatch(/a case split whose condition says "if the unit fires" is not read/);
  });

  it('round trip: every number of the derived article of a network with a dead ReLU unit is judged exact, nothing skipped', () => {
    const tex = emit(NET, 'tex');
    expect(tex).toContain('\\begin{cases}');
    const r = verifyDocument(tex, NET);
    expect(r.skipped).toEqual([]);
    expect(r.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line}: ${c.verdict} ${c.detail}`)).toEqual([]);
  });

  it.each([
    ['the dead unit said to pass its gradient', '\\frac{\\partial a_{2}^{(2)}}{\\partial z_{2}^{(2)}} = 1'],
    ['the live unit said to block it', '\\frac{\\partial a_{1}^{(2)}}{\\partial z_{1}^{(2)}} = 0'],
  ])('finds %s', (_what, wrong) => {
    const doc = `$$${wrong.replace(/= \d$/, '')} = \\begin{cases} 1 & \\text{if } z > 0 \\\\ 0 & \\text{otherwise} \\end{cases} = ${wrong.slice(-1)}$$\n`;
    const r = verifyDocument(doc, NET, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => c.printed)).toEqual([wrong.slice(-1)]);
  });
});

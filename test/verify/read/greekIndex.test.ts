// δ2, θ1 (a Greek letter with a whole number right after it) name δ_2, θ_1; and a list printed as a row where the other side is a column is compared entry by entry.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const side = (latex: string): string => parseLatexMath(`g = ${latex}`).chains[0]!.sides[1]!.node.toString();

// one linear unit: only the arithmetic of the lists below is judged
const unit = linearUnit();

describe('Greek letters with an index on the line', () => {
  it('reads δ2 and \\theta1 as indexed names, and leaves \\eta 2 (a space) and \\eta0.5 (a decimal) products', () => {
    const read = ['δ2', '\\theta1', '\\eta 2', '\\eta0.5'].map(side);
    expect(read).toEqual(['delta_2', 'theta_1', 'eta (2)', 'eta (0.5)']);
  });
});

describe('a row where the other side is a column', () => {
  it('compares v^T times a number with a list entry by entry, and finds a sign slip', () => {
    const md = '`v = [[0.1, 0.2]]`\n\n`vᵀ * 3 = [0.1, 0.2]*3 = [0.3, -0.6]`\n';
    const claims = verifyDocument(md, unit, { format: 'md' }).claims.filter((c) => c.kind === 'arithmetic');
    expect(claims.map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.3 exact', '-0.6 erratum']);
  });
});

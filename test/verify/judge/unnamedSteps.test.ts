// A chain of numbers with no quantity on its left, worked one step a side: a number that replaces a part of the side
// before it is judged as that part's value, and what follows a wrong step is judged against the side before it.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const unit = linearUnit();
const verdicts = (md: string): string[] => verifyDocument(md, unit, { format: 'md' }).claims
  .filter((c) => c.kind === 'arithmetic')
  .map((c) => `${c.printed} ${c.verdict}${c.slip ? ` ${c.slip}` : ''}${c.causedBy !== undefined ? ' (follows)' : ''}`);

describe('steps of a chain about no quantity', () => {
  it('reads max(0, v) of a printed vector entry by entry, as ReLU does', () => {
    expect(verdicts('$$q = \\max(0, \\begin{bmatrix}2.28 & -0.68\\end{bmatrix}) = \\begin{bmatrix}2.28 & 0\\end{bmatrix}$$\n')).toEqual(['2.28 exact', '0 exact']);
  });

  it('finds a sign slip in a step where it is written, and leaves the right result after it alone', () => {
    expect(verdicts('$$\\max(0, 16 \\cdot 0.04 - 6 \\cdot 0.22) = \\max(0, 0.68) = 0$$\n')).toEqual(['0.68 erratum sign', '0 exact']);
  });

  it('finds a wrong digit in a step of a product, in another notation (\\times, parentheses)', () => {
    expect(verdicts('$$(0.5 + 0.25) \\times 2 = (0.85) \\times 2 = 1.5$$\n')).toEqual(['0.85 erratum wrong-digit', '1.5 exact']);
  });

  it('says nothing of a right step', () => {
    expect(verdicts('$$\\max(0, 16 \\cdot 0.04 - 6 \\cdot 0.22) = \\max(0, -0.68) = 0$$\n')).toEqual(['-0.68 exact', '0 exact']);
  });

  it('calls a result computed from the wrong step a consequence of it', () => {
    expect(verdicts('$$(0.5 + 0.25) \\times 2 = (0.85) \\times 2 = 1.7$$\n')).toEqual(['0.85 erratum wrong-digit', '1.7 erratum (follows)']);
  });

  it('names a result of its own arithmetic with the point moved a decimal shift', () => {
    expect(verdicts('$$0.59 \\cdot 0.41 \\cdot (0.9 \\cdot -0.0376) = -0.0819$$\n')).toEqual(['-0.0819 erratum decimal-shift']);
    expect(verdicts('$$0.59 \\cdot 0.41 = 0.2519$$\n')).toEqual(['0.2519 erratum wrong-digit']);
  });
});

// A sum worked to a shorter sum (zero terms dropped on the right) pairs each printed term with the run of terms it is the value of; a result in parentheses is the number it holds.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const unit = linearUnit({ target: 1.5, eta: 0.1 });
const claims = (md: string) => verifyDocument(md, unit, { format: 'md' }).claims.filter((c) => c.kind === 'arithmetic').map((c) => `${c.printed} ${c.verdict}`);

describe('terms grouped in order', () => {
  it('reads 0.069696 + 0.007744 as (-0.264)^2 and the rest, with the zero terms dropped', () => {
    expect(claims('$$(-0.264)^2 + 0^2 + (0.088)^2 + 0^2 = 0.069696 + 0.007744 = 0.077440$$\n')).toEqual(['0.069696 exact', '0.007744 exact', '0.077440 exact']);
  });

  it('still reports a line whose terms no grouping gives', () => {
    expect(claims('$$(-0.264)^2 + 0^2 + (0.088)^2 + 0^2 = 0.069696 + 0.007745 = 0.077441$$\n').some((c) => !c.endsWith('exact'))).toBe(true);
  });
});

describe('a result printed in parentheses', () => {
  it.each([['\\left(-0.0836\\right)', '-0.0836'], ['(0.0836)', '0.0836']])('judges %s as the number it holds', (side, printed) => {
    expect(claims(`$$q = -0.1225 - 0.4621 + 0.5000 = ${side}$$\n`)).toContain(`${printed} erratum`);
  });

  it('and calls the right one exact', () => {
    expect(claims('$$q = -0.1225 - 0.4621 + 0.5000 = \\left(-0.0846\\right)$$\n')).toEqual(['-0.0846 exact']);
  });
});

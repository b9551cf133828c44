// A run of numbers joined by arrows after a word naming the output (outputs: 1.0 → 1.2 → 1.32) is that output after 0, 1, 2 … updates.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one linear weight: y = w x, x = 2, w = 0.5, target 1.5, η = 0.1 → y = 1.0, 1.2, 1.32, 1.392 after 0 … 3 updates
const unit = linearUnit({ target: 1.5, eta: 0.1 });
const prose = (md: string): string[] => verifyDocument(md, unit, { format: 'md' }).claims.filter((c) => c.kind === 'prose').map((c) => `${c.printed} ${c.verdict}`);

describe('a sequence of values joined by arrows', () => {
  it.each([
    'The outputs of the first steps: 1.0 → 1.2 → 1.32 → 1.392.',
    'Die Ausgaben der ersten Schritte: 1.0 -> 1.2 -> 1.32 -> 1.392.',
  ])('reads %s as the output after 0, 1, 2, 3 updates', (sentence) => {
    expect(prose(`${sentence}\n`)).toEqual(['1.0 exact', '1.2 exact', '1.32 exact', '1.392 exact']);
  });

  it('finds two swapped digits in one of them', () => {
    expect(prose('The outputs: 1.0 → 1.2 → 1.23 → 1.392.\n')).toEqual(['1.0 exact', '1.2 exact', '1.23 erratum', '1.392 exact']);
  });

  it('reads no sequence with no word for what it follows, nor one of two numbers', () => {
    expect(prose('We went 1.0 → 1.2 → 1.32 → 1.392 in the end.\nThe outputs: 1.0 → 1.2.\n')).toEqual([]);
  });
});

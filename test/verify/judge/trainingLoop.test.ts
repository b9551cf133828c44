// A training loop's printed output (epoch 1: w = …, epoch 2: w = …) after the page's own update: each weight printed
// again is the next round's, so the second epoch's weights are judged after two updates, and a stale one is found.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// y = w x, x = 2, w = 0.5, target 1.5, η = 0.1: w = 0.6, y = 1.2 after one update; w = 0.66, y = 1.32 after two
const unit = linearUnit({ target: 1.5, eta: 0.1 });
const page = (second: string): string => `$$w^{+} = 0.5 - 0.1 \\cdot (-1) = 0.6$$\n\n\`\`\`\nepoch 1: w = 0.6, y = 1.2\nepoch 2: w = ${second}, y = 1.32\n\`\`\`\n`;
const line5 = (md: string): string[] => verifyDocument(md, unit, { format: 'md' }).claims.filter((c) => c.line === 5).map((c) => `${c.printed} ${c.verdict}`);

describe('a training loop printed after the update', () => {
  it('judges the second epoch\'s weight after two updates (once a false erratum: "iteration count")', () => {
    expect(line5(page('0.66'))).toEqual(['0.66 exact', '1.32 exact']);
  });

  it('never passes the first epoch\'s weight printed again in the second', () => {
    expect(line5(page('0.6'))[0]).not.toMatch(/exact/);
    expect(line5(page('0.65'))[0]).toBe('0.65 erratum');
  });
});

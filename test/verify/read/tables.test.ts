// Step tables with a "New w" column: each cell is w after the row's step + 1 updates, whether it prints a number or the
// update's arithmetic in math ($1.2 - 0.3(-1.6) = 1.680$).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// L(w) = w² − 4w + 5 from w = 0 with η = 0.3: w after 1, 2, 3 updates is 1.2, 1.68, 1.872
const parabola = derive(loadNetwork('test/verify/public/smaxx73-gd-parabola.yaml'));
const verdicts = (doc: string): string[] => verifyDocument(doc, parabola, { format: 'md' }).claims.map((c) => `${c.line} ${c.printed} ${c.verdict}`);

describe('a "New w" column of a step table', () => {
  it('reads a math cell as w after one more update than its row', () => {
    const doc = ['| Step | $w$ | New $w$ |', '|---|---|---|', '| 0 | 0.000 | $0 - 0.3(-4) = 1.200$ |', '| 1 | 1.200 | $1.2 - 0.3(-1.6) = 1.680$ |', '| 2 | 1.680 | $1.68 - 0.03(-0.64) = 1.699$ |', ''].join('\n');
    expect(verdicts(doc).filter((v) => !v.endsWith('exact'))).toEqual(['5 1.699 erratum']);
    // the first update's operands are the network's w, η and ∂L/∂w (w, η, ∂L/∂w at round 0): three more exact claims
    expect(verdicts(doc).filter((v) => v.endsWith('exact')).length).toBe(8);
  });

  it('reads a plain number the same way', () => {
    const doc = ['| Step | w | New w |', '|---|---|---|', '| 0 | 0.000 | 1.200 |', '| 1 | 1.200 | 1.680 |', '| 2 | 1.680 | 1.827 |', ''].join('\n');
    expect(verdicts(doc)).toEqual(['3 0.000 exact', '3 1.200 exact', '4 1.200 exact', '4 1.680 exact', '5 1.680 exact', '5 1.827 erratum']);
  });
});

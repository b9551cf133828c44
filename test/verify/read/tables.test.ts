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
    // the third update substitutes η = 0.03 for 0.3 (paired with η, w and ∂L/∂w after two rounds): the root, and 1.699 follows
    expect(verdicts(doc).filter((v) => !v.endsWith('exact'))).toEqual(['5 0.03 erratum', '5 1.699 erratum']);
    // the first update's operands are the network's w, η and ∂L/∂w (w, η, ∂L/∂w at round 0): three more exact claims
    expect(verdicts(doc).filter((v) => v.endsWith('exact')).length).toBe(13);
  });

  it('reads a plain number the same way', () => {
    const doc = ['| Step | w | New w |', '|---|---|---|', '| 0 | 0.000 | 1.200 |', '| 1 | 1.200 | 1.680 |', '| 2 | 1.680 | 1.827 |', ''].join('\n');
    expect(verdicts(doc)).toEqual(['3 0.000 exact', '3 1.200 exact', '4 1.200 exact', '4 1.680 exact', '5 1.680 exact', '5 1.827 erratum']);
  });

  it('reads L(w) and dL/dw columns as the loss and its gradient after the row\'s updates', () => {
    // L = w² − 4w + 5, dL/dw = 2w − 4 at w = 0, 1.2, 1.68: L 5, 1.64, 1.1024; dL/dw −4, −1.6, −0.64 (printed −0.46: a slip)
    const doc = ['| Step | $w$ | $L(w)$ | $\\frac{dL}{dw}$ |', '|---|---|---|---|', '| 0 | 0.000 | 5.000 | -4.000 |', '| 1 | 1.200 | 1.640 | -1.600 |', '| 2 | 1.680 | 1.102 | -0.460 |', ''].join('\n');
    expect(verdicts(doc)).toEqual(['3 0.000 exact', '3 5.000 exact', '3 -4.000 exact', '4 1.200 exact', '4 1.640 exact', '4 -1.600 exact', '5 1.680 exact', '5 1.102 exact', '5 -0.460 erratum']);
  });
});

describe('other table notations', () => {
  it('reads an HTML <table> whose steps count from 1 and whose w_{new} column holds the value after the step', () => {
    const row = (t: number, w: string, next: string): string => `<tr><td>${t}</td><td>${w}</td><td>${next}</td></tr>`;
    const doc = ['<table>', '<tr><th>t</th><th>\\(w\\)</th><th>\\(w_{\\text{new}}\\)</th></tr>', row(1, '0.000', '1.200'), row(2, '1.200', '1.680'), row(3, '1.680', '1.827'), '</table>', ''].join('\n');
    expect(verdicts(doc)).toEqual(['3 0.000 exact', '3 1.200 exact', '4 1.200 exact', '4 1.680 exact', '5 1.680 exact', '5 1.827 erratum']);
  });

  it('reads an org-mode table, its rule written |---+---|', () => {
    const doc = ['| Step | w | New w |', '|------+---+-------|', '| 0 | 0.000 | 1.200 |', '| 1 | 1.200 | 1.680 |', ''].join('\n');
    expect(verdicts(doc)).toEqual(['3 0.000 exact', '3 1.200 exact', '4 1.200 exact', '4 1.680 exact']);
  });
});

// Ng's notation: Θ^{(l)} holds each unit's bias as one more column (Θ_{j0}), printed [b W], [W b] or counted from 0;
// the same matrix printed again with other numbers beside a label (OR ⇒ Θ = …) is another gate's, not an erratum.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// Mazur's 2-2-2 network in layers: W^{(1)} = [0.15 0.20; 0.25 0.30], b^{(1)} = [0.35; 0.35], W^{(2)} = [0.40 0.45; 0.50 0.55], b^{(2)} = 0.60
const net = derive(loadNetwork('test/verify/matrix/layered-2-2-2.yaml'));
const run = (doc: string) => verifyDocument(doc, net, { format: 'md' });
const verdicts = (doc: string): string[] => run(doc).claims.map((c) => `${c.printed} ${c.verdict}`);

describe('a weight matrix that holds the biases as a column', () => {
  it('reads the bias as column 0 where the document writes Θ_{j0}, its \\newline rows too', () => {
    const doc = String.raw`$$z_1^{(2)} = \Theta_{10}^{(1)} x_0 + \Theta_{11}^{(1)} x_1 + \Theta_{12}^{(1)} x_2$$

$$\Theta^{(1)} = \begin{bmatrix} 0.35 & 0.15 & 0.20 \newline 0.35 & 0.25 & 0.30 \end{bmatrix}$$`;
    const formula = String.raw`\Theta_{10}^{(1)} x_0 + \Theta_{11}^{(1)} x_1 + \Theta_{12}^{(1)} x_2`;
    // x_0 is the bias unit, the 1 that column 0 multiplies
    expect(verdicts(doc)).toEqual([`${formula} exact`, '0.35 exact', '0.15 exact', '0.20 exact', '0.35 exact', '0.25 exact', '0.30 exact']);
    const swapped = run(doc.replace('\\Theta_{12}^{(1)} x_2', '\\Theta_{21}^{(1)} x_2'));
    // a wrong index is never passed: x_1, x_2 are read only from a formula that holds
    expect(swapped.claims.filter((c) => c.kind === 'formula').map((c) => c.verdict)).toEqual(['unresolved']);
  });

  it('reads a printed [b W] or [W b] by which column the printed values put the biases in', () => {
    const first = String.raw`$$\Theta^{(1)} = \begin{bmatrix} 0.35 & 0.15 & 0.20 \\ 0.35 & 0.25 & 0.30 \end{bmatrix}$$ and $$\Theta^{(2)} = \begin{bmatrix} 0.60 & 0.40 & 0.45 \\ 0.60 & 0.50 & 0.55 \end{bmatrix}$$`;
    const last = String.raw`$$W^{(1)} = \begin{bmatrix} 0.15 & 0.20 & 0.35 \\ 0.25 & 0.30 & 0.35 \end{bmatrix}$$ and $$W^{(2)} = \begin{bmatrix} 0.40 & 0.45 & 0.60 \\ 0.50 & 0.55 & 0.60 \end{bmatrix}$$`;
    for (const doc of [first, last]) expect(run(doc).counts).toMatchObject({ exact: 12, erratum: 0, unresolved: 0 });
  });

  it('finds a wrong entry of such a matrix on its column', () => {
    const doc = String.raw`$$\Theta^{(1)} = \begin{bmatrix} 0.35 & 0.15 & 0.20 \\ 0.35 & 0.52 & 0.30 \end{bmatrix}$$ and $$\Theta^{(2)} = \begin{bmatrix} 0.60 & 0.40 & 0.45 \\ 0.60 & 0.50 & 0.55 \end{bmatrix}$$`;
    const r = run(doc);
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.subject} ${c.printed}`)).toEqual(['[\\Theta^{(1)}]_{2,2} 0.52']);
  });

  it('reads "$ \\Theta = …$" (a space after the opening $) as math when it holds an equation in TeX', () => {
    expect(run(String.raw`Then $ \Theta^{(1)} = \begin{bmatrix} 0.35 & 0.15 & 0.20 \\ 0.35 & 0.25 & 0.30 \end{bmatrix}$ holds.`).counts.exact).toBe(6);
    expect(run('It costs $ 5 and $10 later.').equations).toBe(0);
  });
});

describe('the same given matrix printed again with other numbers', () => {
  const mine = String.raw`$$\Theta^{(1)} = \begin{bmatrix} 0.35 & 0.15 & 0.20 \\ 0.35 & 0.25 & 0.30 \end{bmatrix}$$`;

  it('sets aside a labelled printing (OTHER ⇒ Θ = …) as another example, even when one entry differs', () => {
    const r = run(`${mine}\n\n${String.raw`$$OTHER \Rightarrow \Theta^{(1)} = \begin{bmatrix} 0.9 & 0.15 & 0.20 \\ 0.35 & 0.25 & 0.30 \end{bmatrix}$$`}`);
    expect(r.counts).toMatchObject({ exact: 6, erratum: 0 });
    expect(r.coverage.notJudged.map((n) => n.reason).join(' ')).toMatch(/another example's \\Theta\^\{\(1\)\}/);
  });

  it('sets aside a printing that differs in two entries or more; one entry off without a label stays an erratum', () => {
    expect(run(`${mine}\n\n${String.raw`$$\Theta^{(1)} = \begin{bmatrix} 0.9 & 0.8 & 0.20 \\ 0.35 & 0.25 & 0.30 \end{bmatrix}$$`}`).counts).toMatchObject({ exact: 6, erratum: 0 });
    expect(run(`${mine}\n\n${String.raw`$$\Theta^{(1)} = \begin{bmatrix} 0.35 & 0.15 & 0.20 \\ 0.35 & 0.25 & 0.03 \end{bmatrix}$$`}`).counts).toMatchObject({ exact: 11, erratum: 1 });
  });
});

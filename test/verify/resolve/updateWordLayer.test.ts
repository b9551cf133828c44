// A word for "new" on a name with a layer (b^{[2]}_{\text{neu}}, \mathbf{W}^{[2]}_{\text{nuevo}} as a matrix): the value after
// the update. Network: test/verify/public/es-telecom.yaml (2-2-1 sigmoid, BCE, η = 0.1; recomputed there:
// W^[2] after the step = [0.62232, −0.07304], b^[2] = 0.09252).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/es-telecom.yaml'));
const judged = (doc: string): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.verdict !== 'unresolved').map((c) => `${c.line} ${c.printed} ${c.verdict}`);

const page = (b: string, w: string): string => String.raw`Given $\mathbf{W}^{[2]} = \begin{bmatrix}0.6 & -0.1\end{bmatrix}$ and $b^{[2]} = 0.05$, and $\eta = 0.1$.

After one step: $b^{[2]}_{\text{neu}} = ${b}$ and $\mathbf{W}^{[2]}_{\text{nuevo}} = \begin{bmatrix}${w} & -0.0730\end{bmatrix}$.`;

describe('a word for new on a name with a layer', () => {
  it('judges the updated bias and each entry of the updated matrix', () => {
    expect(judged(page('0.0925', '0.6223')).filter((v) => v.startsWith('3 '))).toEqual(['3 0.0925 exact', '3 0.6223 exact', '3 -0.0730 exact']);
  });

  it('finds a wrong one', () => {
    expect(judged(page('0.0543', '0.6232')).filter((v) => v.startsWith('3 '))).toEqual(['3 0.0543 erratum', '3 0.6232 erratum', '3 -0.0730 exact']);
  });
});

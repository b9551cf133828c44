// A display of matrices that continues the formula above it (= [2; -1](-0.007) ⊙ [1; 1] = [-0.014; 0.007]) is joined to it before its entries are read, so each entry is judged as that formula's quantity.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const NET = derive(loadNetwork(join(import.meta.dirname, '../public/endsem-relu-bce.yaml')));
const PAGE = [
  '$$z^{[3]} = \\mathbf{W}^{[3]} \\mathbf{a}^{[2]} + b^{[3]} = \\begin{bmatrix} 2 & -1 \\end{bmatrix} \\begin{bmatrix} 3 \\\\ 1 \\end{bmatrix} + 0 = 5$$',
  '',
  '$$\\frac{\\partial J}{\\partial z^{[3]}} = \\hat{y} - y = 0.993 - 1 = -0.007$$',
  '',
  '$$\\frac{\\partial J}{\\partial \\mathbf{z}^{[2]}} = (\\mathbf{W}^{[3]})^T \\frac{\\partial J}{\\partial z^{[3]}} \\odot \\text{ReLU}\'(\\mathbf{z}^{[2]})$$',
  '',
  '$$= \\begin{bmatrix} 2 \\\\ -1 \\end{bmatrix} \\cdot (-0.007) \\odot \\begin{bmatrix} 1 \\\\ 1 \\end{bmatrix} = \\begin{bmatrix} -0.014 \\\\ 0.007 \\end{bmatrix}$$',
  '',
  '$$\\frac{\\partial J}{\\partial \\mathbf{W}^{[2]}} = \\begin{bmatrix} -0.014 \\\\ 0.007 \\end{bmatrix} \\begin{bmatrix} 3 & 1 & 0 \\end{bmatrix} = \\begin{bmatrix} -0.042 & -0.014 & 0 \\\\ 0.021 & 0.007 & 0 \\end{bmatrix}$$',
  '',
].join('\n');

describe('a continuation line of matrices', () => {
  it('judges each entry as the quantity of the formula above, and a value carried from a rounded -0.007 is no erratum later', () => {
    const r = verifyDocument(PAGE, NET, { format: 'md' });
    const line5 = r.claims.filter((c) => c.line === 7 && c.kind === 'value');
    expect(line5.map((c) => `${c.printed} ${c.quantity} ${c.verdict}`)).toEqual(['-0.014 g$net_a2_1 rounding-propagation', '0.007 g$net_a2_2 exact']);
    expect(r.claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
  });

  // without the line that prints W^{[3]}, each entry 2 · (−0.007) ⊙ 1 is still read through the chain δ^{[3]} w: the
  // engine's ∂J/∂ŷ · ∂ŷ/∂z^{[3]} · ∂z^{[3]}/∂a^{[2]} is also kept shortened to δ^{[3]} · ∂z^{[3]}/∂a^{[2]}
  it('raises no erratum when no line gives the shape of W^{[3]}, pairing 2 and −1 with w, the one −0.007 with δ and each 1 with ReLU\'', () => {
    const r = verifyDocument(PAGE.split('\n').slice(2).join('\n'), NET, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
    expect(r.claims.filter((c) => c.line === 5 && c.kind === 'operand').map((c) => `${c.printed} ${c.quantity} ${c.verdict}`)).toEqual([
      '2 pd$net_yhat$out_a2_1 exact', '-1 pd$net_yhat$out_a2_2 exact', '-0.007 d$net_yhat exact', '1 pd$out_a2_1$net_a2_1 exact', '1 pd$out_a2_2$net_a2_2 exact',
    ]);
  });

  it('finds a sign slip in the continued entries on their own line', () => {
    const r = verifyDocument(PAGE.replace('= \\begin{bmatrix} -0.014 \\\\ 0.007 \\end{bmatrix}$$', () => '= \\begin{bmatrix} 0.014 \\\\ 0.007 \\end{bmatrix}$$'), NET, { format: 'md' });
    const wrong = r.claims.filter((c) => c.verdict === 'erratum');
    expect(wrong[0]).toMatchObject({ line: 7, printed: '0.014' });
  });
});

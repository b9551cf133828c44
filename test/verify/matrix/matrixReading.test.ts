// verify reads matrices (bmatrix, pmatrix, array) entry by entry: each entry of a matrix equation becomes a scalar chain
// judged like any other, so a wrong entry is reported at its own column with its row and column named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { expandMatrices } from '../../../src/verify/read/matrixChains.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const dir = 'test/verify/matrix';
const entries = (latex: string): string[] => {
  const p = expandMatrices(parseLatexMath(latex), new Map());
  if (p.skipped) return [`skipped: ${p.reason}`];
  return [...p.chains.map((c) => c.sides.map((s) => s.node.toString()).join(' = ')), ...(p.unread ?? []).map((u) => `${u.number.text} ${u.reason}`)];
};

describe('matrix equations, entry by entry', () => {
  it.each([
    [String.raw`z = W x + b = \begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix} \begin{bmatrix} 5 \\ 6 \end{bmatrix} + \begin{pmatrix} 7 \\ 8 \end{pmatrix} = \begin{bmatrix} 24 \\ 47 \end{bmatrix}`, [
      'z_1 = W_11 * x_1 + W_12 * x_2 + b_1 = 1 * 5 + 2 * 6 + 7 = 24',
      'z_2 = W_21 * x_1 + W_22 * x_2 + b_2 = 3 * 5 + 4 * 6 + 8 = 47',
    ]],
    // the change of a matrix takes the equation's shape, entry by entry, as a bare name does
    [String.raw`\Delta W = \begin{bmatrix} -0.01 & 0.03 \end{bmatrix}`, ['Delta W_1 = -0.01', 'Delta W_2 = 0.03']],
    [String.raw`\Delta W = -0.1 \cdot G = -0.1 \cdot \begin{bmatrix} 0.1 & -0.3 \end{bmatrix} = \begin{bmatrix} -0.01 & 0.03 \end{bmatrix}`, [
      'Delta W_1 = -0.1 * G_1 = -0.1 * 0.1 = -0.01',
      'Delta W_2 = -0.1 * G_2 = -0.1 * -0.3 = 0.03',
    ]],
    // a bare name given a tuple of numbers is a vector, as a bracketed one is
    [String.raw`y = (0, 1)`, ['y_1 = 0', 'y_2 = 1']],
    // a word given a tuple is a shape or a point more often than a vector; a tuple of names is a point
    [String.raw`\text{size} = (1, 2)`, ['size = tuple(1, 2)']],
    [String.raw`(x, y) = (1, 2)`, ['tuple(x, y) = tuple(1, 2)']],
    // an outer product; δ^{(2)} (a^{(1)})^T was first read as a call δ(a), transposed
    [String.raw`\frac{\partial E}{\partial W^{(2)}} = \delta^{(2)} (a^{(1)})^T = \begin{bmatrix} 1 \\ 2 \end{bmatrix} \begin{bmatrix} 3 & 4 \end{bmatrix} = \begin{bmatrix} 3 & 4 \\ 6 & 8 \end{bmatrix}`, [
      'partial(E, W_11^(2)) = delta_1^(2) * a_1^(1) = 1 * 3 = 3',
      'partial(E, W_12^(2)) = delta_1^(2) * a_2^(1) = 1 * 4 = 4',
      'partial(E, W_21^(2)) = delta_2^(2) * a_1^(1) = 2 * 3 = 6',
      'partial(E, W_22^(2)) = delta_2^(2) * a_2^(1) = 2 * 4 = 8',
    ]],
    // Wᵀδ ⊙ σ′(z): the transpose swaps the indices, ⊙ multiplies entry by entry
    [String.raw`\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma'(z^{(1)}) = \begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}^\top \begin{bmatrix} 1 \\ 1 \end{bmatrix} \odot \begin{bmatrix} 0.5 \\ 0.25 \end{bmatrix} = \begin{bmatrix} 2 \\ 1.5 \end{bmatrix}`, [
      'delta_1^(1) = (W_11^(2) * delta_1^(2) + W_21^(2) * delta_2^(2)) * sigma_prime(z_1^(1)) = (1 * 1 + 3 * 1) * 0.5 = 2',
      'delta_2^(1) = (W_12^(2) * delta_1^(2) + W_22^(2) * delta_2^(2)) * sigma_prime(z_2^(1)) = (2 * 1 + 4 * 1) * 0.25 = 1.5',
    ]],
    // a layer tag and an update mark in one superscript; a scalar times a matrix
    [String.raw`W^{(2)+} = W^{(2)} - \eta G = \begin{bmatrix} 1 & 2 \end{bmatrix} - 0.5 \begin{bmatrix} 2 & 2 \end{bmatrix} = \begin{bmatrix} 0 & 1 \end{bmatrix}`, [
      'W_1_plus^(2) = W_1^(2) - eta * G_1 = 1 - 0.5 * 2 = 0',
      'W_2_plus^(2) = W_2^(2) - eta * G_2 = 2 - 0.5 * 2 = 1',
    ]],
    // a batch: the bias vector is added to every column (row), as numpy broadcasts it
    [String.raw`Z = W X + b = \begin{bmatrix} 1 & 2 \end{bmatrix} \begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix} + \begin{bmatrix} 5 \end{bmatrix} = \begin{bmatrix} 6 & 7 \end{bmatrix}`, [
      'Z_1 = W_1 * X_11 + W_2 * X_21 + b_1 = 1 * 1 + 2 * 0 + 5 = 6',
      'Z_2 = W_1 * X_12 + W_2 * X_22 + b_1 = 1 * 0 + 2 * 1 + 5 = 7',
    ]],
    // a norm: its entries squared with square(), so every printed number inside it meets its name
    [String.raw`E = \frac{1}{2} \left\lVert y - a \right\rVert^{2} = \frac{1}{2} \left\lVert \begin{bmatrix} 1 \\ 0 \end{bmatrix} - \begin{bmatrix} 0.5 \\ 0.5 \end{bmatrix} \right\rVert^{2} = 0.25`, [
      'E = 1 / 2 sqrt(square(y_1 - a_1) + square(y_2 - a_2)) ^ 2 = 1 / 2 sqrt(square(1 - 0.5) + square(0 - 0.5)) ^ 2 = 0.25',
    ]],
    // a vector of names is notation: nothing to judge, its numbers (none here) not counted
    [String.raw`x = \begin{bmatrix} x_0 \\ x_1 \end{bmatrix}`, []],
  ])('%s', (latex, expected) => {
    expect(entries(latex).filter((e) => !e.includes('notation'))).toEqual(expected);
  });

  it('says why a matrix it cannot read is skipped, naming the construct', () => {
    expect(entries(String.raw`d = \begin{vmatrix} 1 & 2 \\ 3 & 4 \end{vmatrix}`)).toEqual(['skipped: a determinant (vmatrix) is not read']);
    expect(entries(String.raw`A = \begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix} \begin{bmatrix} 1 & 2 \end{bmatrix}`)[0]).toBe('1 skipped: a product of a 2×2 and a 1×2 matrix');
    expect(entries(String.raw`A = \begin{bmatrix} 1 & 2 \\ 3 \end{bmatrix}`)).toEqual(['skipped: the rows of this bmatrix have different lengths']);
  });
});

describe("Mazur's network written with matrices (layered notation, W^{(l)} from layer l to l + 1)", () => {
  const net = derive(loadNetwork(`${dir}/layered-2-2-2.yaml`));
  const run = (doc: string) => verifyDocument(readFileSync(`${dir}/${doc}`, 'utf8'), net, { format: 'md' });

  it('judges every number of the vectorised derivation exact', () => {
    const r = run('layered-2-2-2.md');
    expect([r.equations, r.parsed, r.skipped.length]).toEqual([7, 7, 0]);
    expect(r.counts.erratum + r.counts.unresolved + r.counts['rounding-propagation']).toBe(0);
    // a scalar substituted into every entry (η, a δ) is one claim, not one per entry
    expect(r.counts.exact).toBeGreaterThan(60);
    expect(r.coverage.numbers).toEqual({ seen: 47, judged: 47 });
  });

  it('finds each planted slip on its entry: a sign, two swapped digits, an update that took its step up the gradient (w + η·g)', () => {
    const r = run('layered-2-2-2-slips.md');
    const errata = r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line}:${c.column} ${c.subject} ${c.printed} ${c.slip ?? ''}`.trim());
    expect(errata).toEqual([
      '7:57 [a^{(2)}]_{2} -0.5969 sign',
      '17:189 [\\frac{\\partial E}{\\partial W^{(2)}}]_{1,2} 0.0872 transposed-digits',
      '19:234 [W^{(2)+}]_{2,1} 0.4887 sign',
    ]);
  });
});

describe('layer matrices named by a subscript (W_1, b_1, z_1 as in z_l = a_{l-1} W_l + b_l), read against Mazur', () => {
  const net = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
  const run = (doc: string) => verifyDocument(doc, net, { format: 'md' });
  const errata = (doc: string): string[] => run(doc).claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.printed}`);
  // w1 (i1→h1) 0.15, w2 (i2→h1) 0.20, w3 (i1→h2) 0.25, w4 (i2→h2) 0.30
  const columnForm = String.raw`$$W_1 = \begin{bmatrix} 0.15 & 0.20 \\ 0.25 & 0.30 \end{bmatrix}$$`;
  const rowForm = String.raw`$$W_1 = \begin{bmatrix} 0.15 & 0.25 \\ 0.20 & 0.30 \end{bmatrix}$$`;

  it('reads W_1 row by unit fed (z = W a) or row by unit read (z = a W), whichever the printed entries say', () => {
    for (const doc of [columnForm, rowForm]) {
      const r = run(doc);
      expect([r.counts.exact, r.counts.erratum, r.counts.unresolved]).toEqual([4, 0, 0]);
    }
  });

  it('finds a wrong entry once the layout is settled by the others', () => {
    const doc = String.raw`$$W_1 = \begin{bmatrix} 0.15 & 0.25 \\ 0.20 & 0.30 \end{bmatrix}$$

$$W_2 = \begin{bmatrix} 0.40 & 0.50 \\ 0.45 & 0.65 \end{bmatrix}$$`;
    expect(errata(doc)).toEqual(['3 0.65']);
  });

  it('says why entries stay unread when two layouts fit equally well, and judges those every layout agrees on', () => {
    const r = run(String.raw`$$W^{(1)} = \begin{bmatrix} 0.15 & 0.2 \\ 0.2 & 0.35 \end{bmatrix}$$`);
    expect(r.claims.map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.15 exact', '0.2 unresolved', '0.2 unresolved', '0.35 erratum']);
    expect(r.claims[1]!.detail).toMatch(/2 readings .* fit the document equally well; pin one with --name/);
  });

  it('binds nothing when two layouts fit the printed values equally well', () => {
    const r = run(String.raw`$$b_1 = \begin{bmatrix} 0.35 \\ 0.35 \end{bmatrix}$$ and $$W_1 = \begin{bmatrix} 0.9 & 0.9 \\ 0.9 & 0.9 \end{bmatrix}$$`);
    expect(r.counts.erratum).toBe(0);
  });

  it('a parameter assigned its update under its own name (w := w − η g) is the updated value on later lines', () => {
    const doc = String.raw`$$w_5 := w_5 - \eta \frac{\partial E}{\partial w_5}$$

$$\therefore w_5 = 0.4 - 0.5 \cdot 0.082167041$$

$$\therefore w_5 = 0.35891648$$

$$\therefore w_5 = 0.40$$`;
    expect(errata(doc)).toEqual(['7 0.40']);
  });

  it('reads ∂J(W, b)/∂W as ∂J/∂W, and J as the loss of a document that never writes E', () => {
    const r = run(String.raw`$$\frac{\partial J(W, b)}{\partial w_5} = 0.082167041$$ and $$\frac{\partial J(W, b)}{\partial w_6} = 0.0872$$`);
    expect([r.counts.exact, r.counts.erratum]).toEqual([1, 1]);
  });
});

describe('W^{(1)} read by the formulas it appears in, when no line prints its entries alone', () => {
  it('binds the weights by the reading under which z = W x + b holds entry by entry', () => {
    const net = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
    const doc = String.raw`$$z^{(1)} = W^{(1)} x + b^{(1)} = \begin{bmatrix} 0.15 & 0.20 \\ 0.25 & 0.30 \end{bmatrix} \begin{bmatrix} 0.05 \\ 0.10 \end{bmatrix} + \begin{bmatrix} 0.35 \\ 0.35 \end{bmatrix} = \begin{bmatrix} 0.3775 \\ 0.3925 \end{bmatrix}$$`;
    const r = verifyDocument(doc, net, { format: 'md' });
    expect([r.counts.erratum, r.counts.unresolved]).toEqual([0, 0]);
    expect(r.counts.exact).toBeGreaterThanOrEqual(10);
  });
});

describe('equations of names alone, once their matrices were printed', () => {
  const relu = derive(loadNetwork('test/verify/public/nafiz-relu-softmax.yaml'));
  const z4 = String.raw`$$Z[4] = \begin{bmatrix} 0.0529 \\ 0.1739 \\ -0.0075 \end{bmatrix}$$` + '\n\n';

  it('reads A[4] = Z[4] entry by entry, so the wrong formula is found (it should be softmax(Z[4]))', () => {
    const r = verifyDocument(`${z4}$$A[4] = Z[4]$$\n`, relu, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.kind} ${c.quantity}`)).toEqual(['3 formula v$out_o1', '3 formula v$out_o2', '3 formula v$out_o3']);
    // one wrong formula, one mistake: the other entries follow from the first
    expect(r.errors).toEqual({ roots: 1, consequences: 2 });
  });

  it('keeps an equation whole when a name in it has no printed shape', () => {
    const p = expandMatrices(parseLatexMath('A = Z'), new Map([['Q', { rows: 2, cols: 1 }]]));
    expect(!p.skipped && p.chains.map((c) => c.sides.map((s) => s.node.toString()).join(' = '))).toEqual(['A = Z']);
  });

  it('reads z_0 = a_0 = x as the input written as layer 0', () => {
    const doc = String.raw`$$x = \begin{bmatrix} 1 \\ 4 \\ 7 \end{bmatrix}$$` + '\n\n' + String.raw`$$z_0 = a_0 = x$$` + '\n\n' +
      String.raw`$$z_1 = \begin{bmatrix} 2.6 \\ -2.5 \\ 2.3 \end{bmatrix}$$` + '\n';
    const r = verifyDocument(doc, relu, { format: 'md' });
    expect([r.counts.erratum, r.counts.unresolved]).toEqual([0, 0]);
    expect(r.claims.filter((c) => c.line === 5).map((c) => `${c.quantity} ${c.verdict}`)).toEqual(['v$net_h1 exact', 'v$net_h2 exact', 'v$net_h3 exact']);
  });
});

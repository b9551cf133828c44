// Vector working by hand: names whose layer the network file writes as digits (a2_1 for a^{[2]}_1), a vector name
// whose shape a sum gives (A − Y), and a row of products worked out term by term on a line of its own.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';
import { readDocument, chainsOf } from '../../../src/verify/read/readDocument.js';

// two ReLU units z2 = (2, −4) → a2, one linear output z3 = W3 · a2 with W3 = (0.5, 2), upstream gradient 0.5
const net = derive(loadNetwork('test/verify/matrix/relu-pair-tagged.yaml'));
const run = (doc: string) => verifyDocument(doc, net, { format: 'md' });
const wrong = (doc: string): string[] => run(doc).claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.kind} ${c.printed}`);

const givens = (a: string, result: string) => String.raw`We are given:
- $\mathbf{z}^{[2]} = \begin{bmatrix} 2 \\ -4 \end{bmatrix}$
- $\mathbf{W}^{[3]} = \begin{bmatrix} 0.5 \\ 2 \end{bmatrix}$
- $\mathbf{a}^{[2]} = \begin{bmatrix} ${a} \end{bmatrix}$

Then, from the rule for a weight's gradient,

$$\frac{\partial J}{\partial \mathbf{W}^{[3]}} = \frac{\partial J}{\partial z^{[3]}} \cdot (\mathbf{a}^{[2]})^T$$

$$\frac{\partial J}{\partial \mathbf{W}^{[3]}} = 0.5 \cdot \begin{bmatrix} ${a.replace('\\\\', '&')} \end{bmatrix} = \begin{bmatrix} ${result} \end{bmatrix}$$`;

describe('names whose layer the network file writes after the letter (layer-tag)', () => {
  it('reads a^{[2]}, z^{[2]}, W^{[3]} entry by entry as a2_k, z2_k, W3_k', () => {
    const r = run(givens('2 \\\\ 0', '1 & 0'));
    expect(r.counts).toMatchObject({ exact: 11, erratum: 0, unresolved: 0 });
  });

  it('flags a given vector the page contradicts itself on (a ≠ ReLU(z)), and what is worked from it', () => {
    expect(wrong(givens('2 \\\\ 1', '1 & 0.5'))).toEqual(['value 1', 'operand 1', 'value 0.5']);
  });
});

describe('a name added to or subtracted from a printed vector (terms of a sum are alike)', () => {
  it('takes the shape of the vector beside it, so the formula reads entry by entry', () => {
    const read = readDocument(String.raw`$$Y = \begin{bmatrix} 1 \\ 0 \\ 0 \end{bmatrix}$$

$$R = A - Y$$`, { format: 'md' });
    expect(chainsOf(read).map((c) => c.sides.map((s) => s.source).join(' = ')).slice(-3)).toEqual(['[R]_{1} = [A - Y]_{1}', '[R]_{2} = [A - Y]_{2}', '[R]_{3} = [A - Y]_{3}']);
  });

  it('leaves a name the page gave one number to as a number, taken off every entry', () => {
    const read = readDocument(String.raw`$$c = 2$$

$$Y = \begin{bmatrix} 1 \\ 0 \end{bmatrix}$$

$$d = Y - c$$`, { format: 'md' });
    const sides = chainsOf(read).flatMap((c) => c.sides.map((s) => s.source));
    expect(sides.filter((s) => s.includes('[c]'))).toEqual([]);
  });
});

describe('a row of products worked out term by term on its own line (row by row)', () => {
  const rows = (terms: string, sum: string) => String.raw`One row of the product:

$$0.5 \cdot 0.25 + 0.4 \cdot 0.3 - 0.2 \cdot 0.1 = 0.225$$

Term by term:
1. $${terms} = ${sum}$`;

  it('checks each printed term against the product it replaces, a term after a minus too', () => {
    expect(run(rows('0.125 + 0.12 - 0.02', '0.225')).counts).toMatchObject({ exact: 5, erratum: 0 });
  });

  it('finds a term that is not its product, even where the sum of the printed terms holds', () => {
    expect(wrong(rows('0.125 + 0.21 - 0.02', '0.315'))).toEqual(['arithmetic 0.21']);
  });

  it('says nothing where the terms are another row (two of three off)', () => {
    expect(wrong(rows('0.125 + 0.21 - 0.05', '0.285'))).toEqual([]);
  });
});

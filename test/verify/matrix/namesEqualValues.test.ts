// A matrix of names equal to a matrix of numbers ([x_1 x_2] = [0.05 0.1], [w_5 …] − η[∂E/∂w_5 …] = [..]) is one equation per entry.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// Mazur's 2-2-2 network: w1 … w8 = 0.15 … 0.55, i = (0.05, 0.10), η = 0.5; w5⁺ = 0.35891648, w6⁺ = 0.40866619
const net = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const run = (doc: string, format: 'md' | 'tex' = 'md') => verifyDocument(doc, net, { format });
const said = (doc: string, format: 'md' | 'tex' = 'md'): string[] =>
  run(doc, format).claims.map((c) => `${c.line}:${c.column} ${c.subject} ${c.printed} ${c.verdict}`);

const weights = String.raw`$$\begin{bmatrix} w_1 & w_2 \\ w_3 & w_4 \end{bmatrix} = \begin{bmatrix} 0.15 & 0.20 \\ 0.25 & 0.30 \end{bmatrix}$$`;
const update = (values: string) =>
  String.raw`$$\eta = 0.5$$

$$\begin{bmatrix} w_5 & w_6 \end{bmatrix} - \eta \begin{bmatrix} \frac{\partial E}{\partial w_5} & \frac{\partial E}{\partial w_6} \end{bmatrix} = \begin{bmatrix} ${values} \end{bmatrix}$$`;

describe('a matrix of names equal to a matrix of numbers', () => {
  it('judges each entry as name = value at the entry’s own column (row vector and 2×2 table)', () => {
    const doc = `${String.raw`$$\begin{bmatrix} i_1 & i_2 \end{bmatrix} = \begin{bmatrix} 0.05 & 0.10 \end{bmatrix}$$`}\n\n${weights}`;
    expect(said(doc)).toEqual(['1:61 i_1 0.05 exact', '1:68 i_2 0.10 exact', '3:74 w_1 0.15 exact', '3:81 w_2 0.20 exact', '3:89 w_3 0.25 exact', '3:96 w_4 0.30 exact']);
  });

  it('names the wrong entry of a given table', () => {
    const r = run(weights.replace('0.30', '0.03'));
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.subject} ${c.printed} ${c.column}`)).toEqual(['w_4 0.03 96']);
  });

  it('reads a column vector in pmatrix in a LaTeX document', () => {
    const doc = String.raw`\[ \begin{pmatrix} i_1 \\ i_2 \end{pmatrix} = \begin{pmatrix} 0.05 \\ 0.10 \end{pmatrix} \]`;
    expect(run(doc, 'tex').claims.map((c) => `${c.subject} ${c.verdict}`)).toEqual(['i_1 exact', 'i_2 exact']);
  });

  it('judges an update M − η G = V entry by entry as the updated parameters, the scalar η printed before', () => {
    const r = run(update('0.35891648 & 0.40866619'));
    expect(r.claims.filter((c) => c.kind === 'value' && c.line === 3).map((c) => `${c.subject} ${c.printed} ${c.verdict}`)).toEqual(['w5⁺ 0.35891648 exact', 'w6⁺ 0.40866619 exact']);
    const wrong = run(update('0.35891648 & 0.40686619'));
    expect(wrong.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.subject} ${c.printed}`)).toEqual(['w6⁺ 0.40686619']);
  });

  it('skips sides of different shapes naming the construct, never an erratum', () => {
    const r = run(String.raw`$$\begin{bmatrix} w_1 & w_2 \end{bmatrix} = \begin{bmatrix} 0.15 & 0.20 & 0.25 \end{bmatrix}$$`);
    expect(r.claims).toEqual([]);
    expect(r.coverage.notJudged.map((n) => `${n.count} ${n.reason}`)).toEqual(['3 skipped: the sides of this matrix equation have different shapes']);
  });

  it('keeps a matrix of names with no number beside it as notation (no claim)', () => {
    expect(run(String.raw`$$W = \begin{bmatrix} w_1 & w_2 \\ w_3 & w_4 \end{bmatrix}$$`).claims).toEqual([]);
  });

  it('does not scale by a name whose value was never printed (its shape unknown): no entry is judged', () => {
    const doc = String.raw`$$\begin{bmatrix} w_5 & w_6 \end{bmatrix} - \lambda \begin{bmatrix} \frac{\partial E}{\partial w_5} & \frac{\partial E}{\partial w_6} \end{bmatrix} = \begin{bmatrix} 0.1 & 0.2 \end{bmatrix}$$`;
    expect(run(doc).claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
  });
});

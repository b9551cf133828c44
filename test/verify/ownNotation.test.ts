// A document in its own notation (z, y_{pred}, L, y for the target, w = w − η ∂L/∂w for the update) is read by
// what its names are defined as: the public one-neuron example of test/verify/public, as printed and with slips.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const dir = 'test/verify/public';
const verify = (file: string, net = 'one-neuron.yaml') =>
  verifyDocument(readFileSync(`${dir}/${file}`, 'utf8'), derive(loadNetwork(`${dir}/${net}`)), { format: file.endsWith('.tex') ? 'tex' : 'md' });

describe('a document that names the quantities its own way', () => {
  it('resolves every name: z, y_pred, L and y by their definitions, ∂L/∂z and ∂L/∂w_11 through them', () => {
    const r = verify('one-neuron.md');
    expect(r.skipped).toEqual([]);
    expect(r.counts.unresolved).toBe(0);
    const subjects = new Set(r.claims.map((c) => c.quantity));
    for (const id of ['v$net_o', 'v$out_o', 'v$E_total', 'g$w11', 'g$w12', 'g$b', 'u$w11', 'u$w12', 'u$b']) expect(subjects).toContain(id);
  });

  it('finds the document right, with its carried rounding: no erratum, L = 0.1511 from its own 0.4502, -0.1360 truncated', () => {
    const r = verify('one-neuron.md');
    expect(r.counts.erratum).toBe(0);
    const at = (line: number) => r.claims.filter((c) => c.line === line && c.kind === 'value').map((c) => `${c.printed} ${c.verdict}`);
    expect(at(10)).toEqual(['0.1511 rounding-propagation']);
    expect(at(16)).toEqual(['-0.1360 truncation']);
    // w_{11} = w_{11} - η ∂L/∂w_{11} = 0.5136 is the updated weight, not w_{11} itself
    expect(r.claims.find((c) => c.line === 24 && c.kind === 'value')).toMatchObject({ quantity: 'u$w11', printed: '0.5136', verdict: 'exact' });
  });

  it('reports the two slips on their lines, and nothing else as wrong', () => {
    const r = verify('one-neuron-slips.md');
    const wrong = r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.kind} ${c.quantity}`);
    expect(wrong).toEqual(['14 formula pd$out_o$net_o', '26 value u$w12']);
  });

  it('reads Gad\'s notation (s, \\text{Predicted}, \\text{desired} for the target, W_{1new}) with every claim exact', () => {
    const r = verify('gad-one-neuron.tex', 'gad-one-neuron.yaml');
    expect(r.skipped).toEqual([]);
    expect(r.claims.length).toBeGreaterThanOrEqual(40);
    expect(r.claims.filter((c) => c.verdict !== 'exact')).toEqual([]);
    expect(r.claims.find((c) => c.line === 23 && c.kind === 'value')).toMatchObject({ quantity: 'u$W1', printed: '0.49990723907' });
  });

  it('names a swapped index and a sign slip, and does not excuse the value computed from the swapped operand', () => {
    const r = verify('gad-one-neuron-slips.tex', 'gad-one-neuron.yaml');
    const wrong = r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.kind} ${c.quantity} ${c.slip ?? ''}${c.causedBy !== undefined ? `← ${r.claims[c.causedBy]!.line}` : ''}`.trim());
    expect(wrong).toEqual(['19 operand pd$net_out$W2 swapped-index', '19 value g$W2 ← 19', '24 value u$W2 sign']);
    expect(r.claims.filter((c) => c.verdict !== 'exact' && c.verdict !== 'erratum')).toEqual([]);
  });

  it('reads hmkcode\'s linear network: prediction, Error, actual, Δ, the learning rate a, updates w^{*}', () => {
    const r = verify('linear-2-2-1.md', 'linear-2-2-1.yaml');
    expect(r.claims.filter((c) => c.verdict !== 'exact')).toEqual([]);
    const named = new Map(r.claims.filter((c) => c.kind === 'operand' || c.kind === 'value').map((c) => [c.subject, c.quantity]));
    expect(Object.fromEntries(['prediction', 'actual', 'Delta', 'a', 'w_6^{*}', 'w_1^{*}'].map((k) => [k, named.get(k)]))).toEqual({
      prediction: 'v$net_out', actual: 'v$target_out', Delta: 'd$net_out', a: 'eta', 'w_6^{*}': 'u$w6', 'w_1^{*}': 'u$w1',
    });
  });

  it('finds the wrong weight in an update written like the others (w_6 for w_5), once the star is known to mean updated', () => {
    const r = verify('linear-2-2-1-slips.md', 'linear-2-2-1.yaml');
    const wrong = r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.kind} ${c.quantity}`);
    expect(wrong).toEqual(['11 value v$E_total', '19 formula u$w1', '19 operand v$w6']);
  });

  it('reads a softmax document: z_i, \\hat{y}_i, L = -\\log \\hat{y}_2 for the one-hot target, y_1 by its subscript', () => {
    const r = verify('softmax-3.md', 'softmax-3.yaml');
    expect(r.claims.filter((c) => c.verdict !== 'exact')).toEqual([]);
    const formulas = new Map(r.claims.filter((c) => c.kind === 'formula').map((c) => [c.line, c.quantity]));
    expect(formulas.get(15)).toBe('v$E_total');
    expect(formulas.get(17)).toMatch(/\$net_c1$/);
  });

  it('finds a swapped digit in a softmax output and the wrong input in a gradient', () => {
    const r = verify('softmax-3-slips.md', 'softmax-3.yaml');
    const wrong = r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.kind} ${c.quantity}`);
    expect(wrong).toEqual(['11 value v$out_c1', '19 formula g$w11', '19 operand v$x2']);
  });

  it('reads "similarly" lines: z_3 and \\hat{y}_2 given by value only are the siblings of z_1 and \\hat{y}_1', () => {
    const r = verify('softmax-3-similarly.md', 'softmax-3.yaml');
    expect(r.claims.filter((c) => c.verdict !== 'exact')).toEqual([]);
    const values = new Map(r.claims.filter((c) => c.kind === 'value').map((c) => [c.line, c.quantity]));
    expect([values.get(9), values.get(13)]).toEqual(['v$net_c3', 'v$out_c2']);
  });

  it("reads σ(z), σ'(z) and δ = (a − t) a(1 − a) in textbook notation, and finds the swapped digits", () => {
    const r = verify('sigma-notation.md');
    expect(r.counts.unresolved).toBe(0);
    const quantities = new Map(r.claims.filter((c) => c.kind === 'formula').map((c) => [c.line, c.quantity]));
    expect([quantities.get(7), quantities.get(11), quantities.get(15)]).toEqual(['v$out_o', 'pd$out_o$net_o', 'd$net_o']);
    expect(r.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line} ${c.verdict} ${c.printed}`)).toEqual(['11 erratum 0.2745']);
  });

  it('reads z/a/t notation on the Mazur network: siblings by unit name (a_{h2} after a_{h1}), two unknown targets at once', () => {
    const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
    const r = verifyDocument(readFileSync(`${dir}/mazur-z-a-slips.md`, 'utf8'), mazur, { format: 'md' });
    expect(r.counts.unresolved).toBe(0);
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.kind} ${c.quantity}`)).toEqual(['9 value v$out_h2', '19 formula d$net_o1']);
    expect(r.claims.filter((c) => c.verdict !== 'exact' && c.verdict !== 'erratum')).toEqual([]);
  });

  it('judges a value printed as m \\times 10^{k} at the decimals its digits carry', () => {
    const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
    const text = ['$$E_{o2} = 2.36 \\times 10^{-2}$$', '$$\\frac{\\partial E_{total}}{\\partial w_5} = 8.2167 \\cdot 10^{-2}$$', '$$E_{o1} = 2.75 \\times 10^{-2}$$'].join('\n\n');
    const r = verifyDocument(text, mazur, { format: 'md' });
    expect(r.claims.map((c) => `${c.quantity} ${c.printed} ${c.verdict}`)).toEqual([
      'v$E_o2 0.0236 exact',
      'g$w5 0.082167 exact',
      'v$E_o1 0.0275 erratum', // 0.274811083 is 2.75 × 10^{-1}
    ]);
  });
});

describe('a tiny value printed as m \\times 10^{-17}', () => {
  it('is judged at the digits its mantissa carries, far below 20 decimals', () => {
    const xnor = derive(loadNetwork('fixtures/ceng506-xnor.yaml'));
    const md = emit(xnor, 'md');
    // write every value below 10^-15 the way a lecturer would: 8.50365 \times 10^{-17}
    const scientific = md.replace(/(?<![\d.])(-?)0\.(0{15,})(\d+)/g, (_, sign: string, zeros: string, digits: string) => `${sign}${digits[0]}.${digits.slice(1) || '0'} \\times 10^{-${zeros.length + 1}}`);
    expect(scientific).not.toBe(md);
    const r = verifyDocument(scientific, xnor, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line} ${c.printed} ${c.verdict}`)).toEqual([]);
  });
});

// Public worked examples, transcribed with their authors' notation, rounding and slips (test/verify/public; each
// file names its source). verify must parse every equation, find the correct numbers exact or rounding, and report
// the authors' own slips as errata on their lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { verifyDocument, type VerifyReport } from '../../src/verify/verifyDocument.js';

const dir = 'test/verify/public';
const run = (doc: string, net: string): VerifyReport =>
  verifyDocument(readFileSync(`${dir}/${doc}`, 'utf8'), derive(loadNetwork(net.includes('/') ? net : `${dir}/${net}`)), { format: 'md' });
/** Each erratum: its line, kind, quantity and slip, and for one that only follows from another, ← that root's line. */
const errata = (r: VerifyReport): string[] =>
  r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.kind} ${c.quantity ?? ''}${c.slip ? ` ${c.slip}` : ''}${c.causedBy !== undefined ? ` ← ${r.claims[c.causedBy]!.line}` : ''}`.replace(/\s+/g, ' ').trim());
const at = (r: VerifyReport, line: number, kind: string) => r.claims.filter((c) => c.line === line && c.kind === kind).map((c) => `${c.printed} ${c.verdict}`);

describe('ninjakx/Neural_network_solver: a 4-2-2-1 sigmoid network, LaTeX images in a README', () => {
  const r = run('ninjakx-4-2-2-1.md', 'ninjakx-4-2-2-1.yaml');

  it('parses all 45 equations ($$\\begin{align*}…$$), w_{H11.I1} names, out_{o1} for unit O1', () => {
    expect([r.equations, r.parsed, r.skipped.length]).toEqual([45, 45, 0]);
    expect(r.counts).toEqual({ exact: 91, 'rounding-propagation': 2, truncation: 4, erratum: 24, 'not-printed': 0, unresolved: 0 });
    // the generic \sum_o δ_o w_{ho} reads too: δ_o is the only output's δ
  });

  it('finds the README\'s slips: a dropped digit, 0.43 and 1 for nets of 0.24 and 0.56, e^{0.17} for e^{-0.17}, the sign of ∂E/∂out', () => {
    expect(errata(r)).toEqual([
      '8 value v$out_H12 dropped-digit', // 0.80998 for 0.809998, and everything computed from it on line 11
      '11 operand v$out_H12 ← 8', '11 value v$net_H21 ← 8', '11 operand v$net_H21 ← 8', '11 value v$out_H21 ← 8', '11 operand v$out_H12 ← 8',
      '11 value v$net_H22 ← 8', '11 operand v$net_H22 ← 8',
      '11 arithmetic arithmetic', // \frac{1}{1+e^{0.17}} = 0.544556
      '20 value g$out_O1 sign', // -(0.6 - 0.544556) = 0.055444
      '29 operand g$out_O1 ← 20', '29 value g$w_O1_H21 ← 20',
      '44 formula g$w_O1_H21 sign', // "some sources" write -δ out
      '47 operand eta sign', '47 operand g$w_O1_H21 ← 20',
      '62 operand pd$E_O1$out_O1 ← 20', '62 operand pd$out_O1$net_O1 miscopied-digits', '62 value lp$E_O1$net_O1 ← 20', // 0.2480144762 for 0.248014762
      // 0.013750914 · −0.25 on lines 68 and 71 carries line 20's sign into ∂E/∂out_H21 (line 71's left side, ∂E_O1/∂out_H21,
      // is no quantity; its numbers are still those of ∂E_O1/∂net_O1 · ∂net_O1/∂out_H21)
      '71 operand lp$E_O1$net_O1 ← 20',
      '74 value g$out_H21 ← 20', '92 operand g$out_H21 ← 20', '92 value g$w_H21_H11 ← 20', '98 operand g$w_H21_H11', '98 value u$w_H21_H11 ← 98',
    ]);
    expect(r.errors).toEqual({ roots: 7, consequences: 17 });
    expect(at(r, 11, 'value')).toContain('0.17 truncation');
    expect(at(r, 80, 'value')).toEqual(['0.246368732 rounding-propagation']);
    // the two sign slips cancel in the update: -0.24845918 is the right value, cut off
    expect(at(r, 47, 'value')).toEqual(['-0.24845918 truncation']);
  });
});

describe('melfm/notes: Mazur\'s network re-derived in z, h, y, \\hat{y}, t, \\alpha', () => {
  const r = run('melfm-mazur.md', 'fixtures/mazur-2-2-2.yaml');

  it('parses every equation, bare \\begin{align} in Markdown and "$w6 = 0.4078 $" included, and the weights its prose gives (w5 = 0.4, w6 = 0.45, b2 = 0.6)', () => {
    // 39: the row "= -(t1 - \hat{y1}) = …" after \\ continues the derivative above it
    expect([r.equations, r.parsed, r.skipped.length]).toEqual([39, 39, 0]);
    expect(r.counts).toEqual({ exact: 19, 'rounding-propagation': 0, truncation: 1, erratum: 10, 'not-printed': 2, unresolved: 3 });
  });

  it('reports b1 = 0.30 and what follows from it as errata, not rounding; \\hat{y1}, written for both net_o1 and out_o1, as neither', () => {
    expect(errata(r)).toEqual([
      '16 operand v$b1 wrong-digit', '16 value v$net_h1 ← 16', '22 operand v$net_h1 ← 16', '22 value v$out_h1 ← 16',
      // 0.7391 and 0.1928, substituted for ∂E/∂out_o1 and ∂out_o1/∂net_o1, are the author's values for \hat{y1}
      '93 operand g$out_o1', '93 operand pd$out_o1$net_o1', '93 value g$w5 ← 93',
      '99 operand g$w5 ← 93', '99 value u$w5 ← 93', '102 value v$w6',
    ]);
    expect(r.claims.filter((c) => c.subject === '\\hat{y1}').map((c) => c.detail)).toEqual(['yhat_1 stands for two quantities in this document: net_o1 and out_o1']);
    expect(r.claims.find((c) => c.line === 99 && c.kind === 'value')?.detail).toBe('computed from 0.0845, printed wrong earlier');
    expect(at(r, 102, 'value')).toEqual(['0.4078 erratum', '? not-printed', '? not-printed']);
  });
});

describe('Schiendorfer, "A worked example of backpropagation": Python\'s full-precision prints', () => {
  const r = run('schiendorfer-2-2-2.md', 'schiendorfer-2-2-2.yaml');

  it('finds every number exact, 17 significant digits and 10^{-8} included; e_1 = y_1 - t_1 is not a node', () => {
    expect([r.equations, r.parsed, r.skipped.length]).toEqual([17, 17, 0]);
    expect(r.counts).toEqual({ exact: 43, 'rounding-propagation': 0, truncation: 0, erratum: 0, 'not-printed': 0, unresolved: 1 });
    expect(r.claims.find((c) => c.verdict === 'unresolved')?.subject).toBe('e_1');
    // e_2 = y_2 - t_2 is out_y2 (t_2 = 0), but that does not make e_1 out_y1: e_1 has its own definition
    expect(r.claims.filter((c) => c.subject === 'e_1' && c.verdict !== 'unresolved')).toEqual([]);
  });
});

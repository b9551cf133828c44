// Units numbered across the network (u3, u4 hidden, u5 the output) and a page in that numbering, δ_k in the opposite
// sign (Mitchell's δ_k = o_k(1 − o_k)(t_k − o_k)): its δs are read, a number printed for a part of a formula (0.4731
// for t − u_5) is that part's value, and a result worked from operands each right at their places is their rounding.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

/** The 2-2-1 network of these tests, its units named `a`, `b` (hidden) and `c` (output). */
const network = (a: string, b: string, c: string, file: string) => derive(parseNetwork(`
notation: plain
inputs: { x1: 1, x2: 0.5 }
targets: { ${c}: 1 }
parameters: { w_13: 0.4, w_23: -0.2, w_14: 0.1, w_24: 0.6, w_35: 0.5, w_45: -0.3 }
learning_rate: 1
layers:
  - activation: sigmoid
    neurons:
      ${a}: { weights: { w_13: x1, w_23: x2 } }
      ${b}: { weights: { w_14: x1, w_24: x2 } }
  - activation: sigmoid
    neurons:
      ${c}: { weights: { w_35: ${a}, w_45: ${b} } }
loss: half-sse
`, file));

// out_u3 = 0.574443, out_u4 = 0.598688, out_u5 = 0.526878; −δ_u5 = 0.117939, −δ_u3 = 0.014416, −δ_u4 = −0.008501
const numbered = network('u3', 'u4', 'u5', 'numbered.yaml');
// the same network with units numbered within their layers (h1, h2, o1): δ_1 could be h1's or o1's
const layered = network('h1', 'h2', 'o1', 'layered.yaml');

const page = (...lines: string[]): string => `# Errors\n\n${lines.map((l) => `$$${l}$$`).join('\n\n')}\n`;
const claims = (doc: string, net = numbered) => verifyDocument(doc, net, { format: 'md' }).claims;
const said = (doc: string, net = numbered): string[] => claims(doc, net).filter((c) => c.kind !== 'formula').map((c) => `${c.printed} ${c.verdict}${c.slip ? ` ${c.slip}` : ''}${c.causedBy !== undefined ? ' (consequence)' : ''}`);

const delta5 = '\\delta_5 = u_5(1 - u_5)(t - u_5) = 0.5269(1 - 0.5269)(0.4731) = 0.1179';

describe('δ_k of units numbered across the network', () => {
  it('reads δ_5 as the δ of u5, in the page\'s sign (0.4731, the value of t − u_5, shown right but not reported)', () => {
    expect(said(page(delta5))).toEqual(['0.5269 exact', '1 exact', '0.5269 exact', '0.1179 exact']);
  });

  it('flags u_3\'s value substituted for u_4 in δ_4 (the result follows from it)', () => {
    const doc = page(delta5, '\\delta_4 = u_4(1 - u_4) w_{45} \\delta_5 = 0.5744(1 - 0.5744)(-0.3)(0.1179) = -0.0086');
    expect(said(doc).slice(4)).toEqual(['0.5744 erratum swapped-index', '0.5744 erratum swapped-index (consequence)', '-0.3 exact', '0.1179 exact', '-0.0086 erratum (consequence)']);
  });

  it('keeps a result whose own arithmetic it is not (a decimal shift) as a mistake of its own', () => {
    const doc = page(delta5, '\\delta_4 = u_4(1 - u_4) w_{45} \\delta_5 = 0.5744(1 - 0.5744)(-0.3)(0.1179) = -0.0865');
    expect(said(doc).slice(-1)).toEqual(['-0.0865 erratum decimal-shift']);
  });

  it('does not read δ_1 where units are numbered within their layers', () => {
    const report = verifyDocument(page('\\delta_1 = o_1(1 - o_1)(t - o_1) = 0.5269(1 - 0.5269)(0.4731) = 0.1179'), layered, { format: 'md' });
    expect(report.names.find((n) => n.name === 'delta_1')?.quantity).toBeUndefined();
  });
});

describe('a result worked from operands rounded to few places', () => {
  it('is their rounding when each is its quantity\'s value at its places (0.5 for 0.527, 0.5 for 0.473)', () => {
    expect(said(page('\\delta_5 = u_5(1 - u_5)(t - u_5) = 0.5(1 - 0.5)(0.5) = 0.125'))).toEqual(['0.5 exact', '1 exact', '0.5 exact', '0.125 rounding-propagation']);
  });

  it('is no rounding when an operand is wrong at its places (0.3 for t − u_5 = 0.473)', () => {
    expect(said(page('\\delta_5 = u_5(1 - u_5)(t - u_5) = 0.5(1 - 0.5)(0.3) = 0.075')).at(-1)).toMatch(/^0.075 erratum/);
  });
});

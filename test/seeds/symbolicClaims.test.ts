// Each exact symbolic claim of documents 002-004 appears in the LaTeX output, in the document's own notation.
import { describe, expect, it } from 'vitest';
import { emit } from '../../src/api.js';
import { loadClaims } from '../helpers/claims.js';
import { SEED_FIXTURES, seedDocument } from './seedFixtures.js';

const fr = (of: string, wrt: string): string => `\\frac{\\partial ${of}}{\\partial ${wrt}}`;
const sg = (a: string): string => `${a}\\left(1 - ${a}\\right)`;
const [a14, a13, a32, z14] = ['a_{1}^{(4)}', 'a_{1}^{(3)}', 'a_{3}^{(2)}', 'z_{1}^{(4)}'];

/** Claim id, fixture, and the LaTeX the claim appears as (every piece must be in the output). */
const ROWS: [string, string, string[]][] = [
  ['002.fxyz.sym.dqdx', 'ceng506-fxyz', [`${fr('q', 'x')} &= 1`]],
  ['002.fxyz.sym.dqdy', 'ceng506-fxyz', [`${fr('q', 'y')} &= 1`]],
  ['002.fxyz.sym.dfdq', 'ceng506-fxyz', [`${fr('f', 'q')} &= z`]],
  ['002.fxyz.sym.dfdz', 'ceng506-fxyz', [`${fr('f', 'z')} &= q`]],
  ['002.fxyz.sym.chain_y', 'ceng506-fxyz', [`${fr('f', 'y')} &= ${fr('f', 'q')} \\cdot ${fr('q', 'y')}`]],
  ['002.fxyz.sym.chain_x', 'ceng506-fxyz', [`${fr('f', 'x')} &= ${fr('f', 'q')} \\cdot ${fr('q', 'x')}`]],
  ['002.deep.delta4', 'ceng506-deep', [`\\delta_{1}^{(4)} &= ${fr('E', a14)} \\cdot ${fr(a14, z14)} \\\\\n  &= \\left(${a14} - y\\right) \\cdot ${sg(a14)}`]],
  ['002.deep.dz4_da3', 'ceng506-deep', [`${fr(z14, a13)} &= w_{11}^{(3)}`]],
  ['002.deep.delta3_1', 'ceng506-deep', [`${fr('E', a13)} &= \\delta_{1}^{(4)} \\cdot ${fr(z14, a13)} \\\\\n  &= \\delta_{1}^{(4)} \\cdot w_{11}^{(3)}`, `\\delta_{1}^{(3)} &= ${fr('E', a13)} \\cdot ${fr(a13, 'z_{1}^{(3)}')} \\\\\n  &= ${fr('E', a13)} \\cdot ${sg(a13)}`]],
  ['002.deep.delta3_vec', 'ceng506-deep', [`&= \\delta_{1}^{(4)} \\cdot w_{12}^{(3)}`, `\\delta_{2}^{(3)} &= ${fr('E', 'a_{2}^{(3)}')} \\cdot ${fr('a_{2}^{(3)}', 'z_{2}^{(3)}')}`]],
  ['002.deep.dE_dw11_3', 'ceng506-deep', [`${fr('E', 'w_{11}^{(3)}')} &= \\delta_{1}^{(4)} \\cdot ${fr(z14, 'w_{11}^{(3)}')} \\\\\n  &= \\delta_{1}^{(4)} \\cdot ${a13}`]],
  ['002.deep.dE_dw13_2', 'ceng506-deep', [`${fr('E', 'w_{13}^{(2)}')} &= \\delta_{1}^{(3)} \\cdot ${fr('z_{1}^{(3)}', 'w_{13}^{(2)}')} \\\\\n  &= \\delta_{1}^{(3)} \\cdot ${a32}`]],
  ['003.sym.dE_dz', 'comp9444-week1d-two-layer', [`${fr('E', 'z')} &= z - t`]],
  ['003.sym.dz_ds', 'comp9444-week1d-two-layer', [`${fr('z', 's')} &= ${sg('z')}`]],
  ['003.sym.dz_ds_tanh', 'comp9444-week1d-two-layer-tanh', [`${fr('z', 's')} &= 1 - z^{2}`]],
  ['003.sym.dE_ds', 'comp9444-week1d-two-layer', [`${fr('E', 's')} &= ${fr('E', 'z')} \\cdot ${fr('z', 's')}`]],
  ...(['1', '2'] as const).flatMap((i): [string, string, string[]][] => [
    [`003.sym.ds_dv${i}`, 'comp9444-week1d-two-layer', [`${fr('s', `v_{${i}}`)} &= y_{${i}}`]],
    [`003.sym.dE_dv${i}`, 'comp9444-week1d-two-layer', [`${fr('E', `v_{${i}}`)} &= ${fr('E', 's')} \\cdot ${fr('s', `v_{${i}}`)}`]],
    [`003.sym.ds_dy${i}`, 'comp9444-week1d-two-layer', [`${fr('s', `y_{${i}}`)} &= v_{${i}}`]],
    [`003.sym.dy${i}_du${i}`, 'comp9444-week1d-two-layer', [`${fr(`y_{${i}}`, `u_{${i}}`)} &= ${sg(`y_{${i}}`)}`]],
    [`003.sym.du${i}_dw${i}1`, 'comp9444-week1d-two-layer', [`${fr(`u_{${i}}`, `w_{${i}1}`)} &= x_{1}`]],
    [`003.sym.du${i}_dw${i}2`, 'comp9444-week1d-two-layer', [`${fr(`u_{${i}}`, `w_{${i}2}`)} &= x_{2}`]],
    [`003.sym.du${i}_db${i}`, 'comp9444-week1d-two-layer', [`${fr(`u_{${i}}`, `b_{${i}}`)} &= 1`]],
  ]),
  ['003.sym.ds_dc', 'comp9444-week1d-two-layer', [`${fr('s', 'c')} &= 1`]],
  ['003.sym.dE_dc', 'comp9444-week1d-two-layer', [`${fr('E', 'c')} &= ${fr('E', 's')} \\cdot ${fr('s', 'c')}`]],
  ['004.sym.dyhat_dw11', 'tartu-1-2-2-1', [`${fr('\\hat{y}', 'w_{11}')} &= a_{3}`]],
  ['004.sym.dyhat_dw12', 'tartu-1-2-2-1', [`${fr('\\hat{y}', 'w_{12}')} &= a_{4}`]],
  ['004.sym.da3_ds3', 'tartu-1-2-2-1', [`${fr('a_{3}', 's_{3}')} &= ${sg('a_{3}')}`]],
  ['004.sym.dE_dyhat', 'tartu-1-2-2-1', [`${fr('E', '\\hat{y}')} &= -2\\left(y - \\hat{y}\\right)`]],
];
/** Exact symbolic claims that are identities of calculus or logic, not lines of a derivation. */
const IDENTITIES = /^(002\.calc\.|003\.sym\.(xor_identity|tanh_exp|tanh_sigmoid|sigmoid_deriv|tanh_deriv))/;

const options = new Map(SEED_FIXTURES);
const tex = new Map<string, string>();
const texOf = (name: string): string => tex.get(name) ?? tex.set(name, emit(seedDocument(name, options.get(name)!), 'tex')).get(name)!;

describe('symbolic claims in the documents\' notation', () => {
  it('has a row for every exact symbolic claim of documents 002-004 that is a line of a derivation', () => {
    const exact = loadClaims().filter((c) => c.type === 'symbolic' && c.verdict === 'exact' && /^00[234]/.test(c.document) && !IDENTITIES.test(c.id));
    expect(exact.map((c) => c.id).sort()).toEqual(ROWS.map((r) => r[0]).filter((id) => exact.some((c) => c.id === id)).sort());
  });

  it.each(ROWS)('prints %s in fixtures/%s.yaml', (_id, fixture, pieces) => {
    for (const piece of pieces) expect(texOf(fixture)).toContain(piece);
  });
});

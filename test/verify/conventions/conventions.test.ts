// One correct 2-2-1 derivation written in five conventions (Bishop's a/z, deeplearning.ai's [l] from layer 0, the
// Coursera Θ^{(l)} with inputs as layer 1 and the bias as Θ_{j0}, Nielsen's w^l_{jk}, a from-to w_{ij} course), checked
// against the one network in two notations: no erratum, most numbers judged; two or three planted slips each found on
// their line. Values: derive test/verify/conventions/net221-layered.yaml (a_1 = 0.6106, z_o = 0.2285, δ_o = −0.2187).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const here = import.meta.dirname;
const NETS = ['layered', 'ng'].map((n) => [n, derive(loadNetwork(join(here, `net221-${n}.yaml`)))] as const);
const doc = (name: string): string => readFileSync(join(here, `${name}.md`), 'utf8');

/** Each slip: the line, the text as printed and as planted. */
const SLIPS: Readonly<Record<string, readonly [number, string, string][]>> = {
  bishop: [[7, '0.8 \\cdot 0.5 = 0.5$$', '0.8 \\cdot 0.5 = 0.6$$'], [9, '= 0.6225$$', '= 0.6252$$'], [19, '= -0.1361$$', '= 0.1361$$']],
  deeplearning: [[5, '+ 0.1 = 0.45$$', '+ 0.1 = 0.46$$'], [13, '= 0.5569$$', '= 0.5596$$'], [21, '= -0.0182$$', '= -0.0364$$']],
  coursera: [[11, '= 0.2285$$', '= 0.2258$$'], [15, '= -0.2187$$', '= 0.2187$$'], [21, '= -0.0182$$', '= -0.0128$$']],
  nielsen: [[7, '- 0.1 = 0.5$$', '- 0.1 = 0.55$$'], [19, '= -0.0364$$', '= -0.0346$$']],
  fromto: [[9, '= 0.6106, \\quad', '= 0.6016, \\quad'], [17, '= -0.1361$$', '= -0.1335$$'], [19, '= -0.0364$$', '= 0.0364$$']],
};

describe.each(NETS)('five conventions of one derivation, against the network in %s notation', (_notation, net) => {
  it.each(Object.keys(SLIPS))('finds nothing wrong in %s and judges most of its numbers', (name) => {
    const r = verifyDocument(doc(name), net, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line}: ${c.detail}`)).toEqual([]);
    const judged = r.claims.filter((c) => c.verdict !== 'unresolved').length;
    expect(judged).toBeGreaterThan(0.75 * r.claims.length);
  });

  it.each(Object.keys(SLIPS))('finds each slip planted in %s on its own line, and no other', (name) => {
    const planted = SLIPS[name]!.reduce((text, [, from, to]) => { expect(text).toContain(from); return text.replace(from, () => to); }, doc(name));
    const r = verifyDocument(planted, net, { format: 'md' });
    const roots = new Set(r.claims.filter((c) => c.verdict === 'erratum' && c.causedBy === undefined).map((c) => c.line));
    expect([...roots].sort((a, b) => a - b)).toEqual(SLIPS[name]!.map(([line]) => line));
  });
});

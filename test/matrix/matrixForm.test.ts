// The matrix form of the layered fixtures: golden LaTeX and Markdown, Mazur's numbers in its vectors, located errors.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, NOTATIONS, parseNetwork, type Format } from '../../src/api.js';
import { NOTATION_NAMES } from '../../src/api/defaults.js';
import { NotationName } from '../../src/definition/schema.js';
import { runCli } from '../helpers/cli.js';
import { matrixMismatches } from '../helpers/matrixOracle.js';

import { LAYERED } from '../helpers/matrixOracle.js';
const matrixDoc = (name: string) => derive(loadNetwork(`fixtures/${name}.yaml`), { form: 'matrix' });

describe('derive --form matrix', () => {
  it.each(LAYERED.flatMap((n) => (['tex', 'md'] as Format[]).map((f) => [n, f] as const)))('prints %s as the committed matrix %s', async (name, format) => {
    await expect(emit(matrixDoc(name), format)).toMatchFileSnapshot(`golden/${name}.matrix.${format}`);
  });

  it.each([['mazur-2-2-2', 'ng'], ['batch-2-1', 'ng'], ['mazur-2-2-2', 'row-major'], ['batch-2-1', 'row-major']] as const)('prints %s in the %s convention as committed', async (name, notation) => {
    const doc = derive(loadNetwork(`fixtures/${name}.yaml`), { form: 'matrix', notation });
    expect(matrixMismatches(doc.matrix!, doc.valuation)).toEqual([]);
    await expect(emit(doc, 'tex')).toMatchFileSnapshot(`golden/${name}.matrix.${notation}.tex`);
  });

  it.each([['ng', ['Z_12^[1]', 'A_12^[1]', 'Y_12']], ['row-major', ['Z_21^(1)', 'A_21^(1)', 'Y_21']]] as const)("names example 2's net, output and target in the %s convention by their batch entries, as its matrices do", (notation, names) => {
    const doc = derive(loadNetwork('fixtures/batch-2-1.yaml'), { notation });
    expect(['net_o1_e2', 'out_o1_e2', 'target_o1_e2'].map((id) => doc.notation.node(id).text)).toEqual(names);
    expect(new Set(['net_o1_e1', 'net_o1_e2', 'target_o1_e1', 'target_o1_e2'].map((id) => doc.notation.node(id).tex)).size).toBe(4);
  });

  it('takes the convention from --notation, whose choices are the schema\'s presets', async () => {
    expect([...NOTATION_NAMES]).toEqual(NotationName.options);
    expect([...NOTATIONS]).toEqual(NotationName.options);
    const r = await runCli(['derive', 'fixtures/batch-2-1.yaml', '--form', 'matrix', '--notation', 'ng', '--format', 'txt', '--out', '-']);
    expect(r.stdout).toContain('dW^[1] = (1/2) dZ^[1] Xᵀ');
  });

  it.each(['mazur-2-2-2', 'batch-2-1'])('prints %s as the committed matrix txt (aligned grids)', async (name) => {
    await expect(emit(matrixDoc(name), 'txt')).toMatchFileSnapshot(`golden/${name}.matrix.txt`);
  });

  it('gives every operand and result in JSON as arrays of the derivation\'s numbers', () => {
    const doc = matrixDoc('mazur-2-2-2');
    const json = JSON.parse(emit(doc, 'json')) as { matrixForm: { convention: string; sections: { id: string; equations: { name: string; formula: { text: string } | null; operands: { name: string; values: unknown }[]; values: unknown }[] }[] } };
    expect(json.matrixForm.convention).toBe('column');
    const output = json.matrixForm.sections.find((s) => s.id === 'output')!;
    const grad = output.equations.find((e) => e.name === '∂E/∂W^(2)')!;
    expect(grad.formula!.text).toBe('δ^(2) a^(1)ᵀ');
    expect(grad.operands.map((o) => o.name)).toEqual(['δ^(2)', 'a^(1)']);
    expect(grad.values).toEqual([[doc.valuation.value('g$w5'), doc.valuation.value('g$w6')], [doc.valuation.value('g$w7'), doc.valuation.value('g$w8')]]);
  });

  it.each(LAYERED)('prints in %s only results its formulas give', (name) => {
    const doc = matrixDoc(name);
    expect(matrixMismatches(doc.matrix!, doc.valuation)).toEqual([]);
  });

  it("prints Mazur's δ of the output layer and its weight gradients as one vector and one matrix", () => {
    const tex = emit(matrixDoc('mazur-2-2-2'), 'tex');
    expect(tex).toContain('\\delta^{(2)} &= \\nabla_{a^{(2)}} E \\odot \\sigma\'(z^{(2)})');
    expect(tex).toContain('\\begin{bmatrix} 0.138498562 \\\\ -0.038098237 \\end{bmatrix}');
    expect(tex).toContain('\\begin{bmatrix} 0.082167041 & 0.082667628 \\\\ -0.02260254 & -0.022740242 \\end{bmatrix}');
    expect(tex).toContain('\\begin{bmatrix} 0.35891648 & 0.408666186 \\\\ 0.51130127 & 0.561370121 \\end{bmatrix}');
  });

  it('prints a shared trained bias by its scalar gradient and update beside the matrices', () => {
    const tex = emit(matrixDoc('mixed-2-2-2-1'), 'tex');
    expect(tex).toMatch(/\\frac\{\\partial E_\{\\mathit\{total\}\}\}\{\\partial c\} &= /);
    expect(tex).toMatch(/c\^\{\+\} &= c - \\eta/);
  });

  it('is chosen with --form matrix on the command line', async () => {
    const r = await runCli(['derive', 'fixtures/mazur-2-2-2.yaml', '--form', 'matrix', '--format', 'md', '--out', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('$$\\begin{aligned}\\delta^{(1)} &=');
  });

  it('refuses a computational graph and a layer that skips a unit, with the place in the file', async () => {
    const r = await runCli(['derive', 'test/engine/graphs/fxyz.yaml', '--form', 'matrix', '--out', '-']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/fxyz\.yaml:\d+:\d+: the matrix form needs a layered network/);
    const sparse = 'inputs: { x1: 1, x2: 2 }\ntargets: { o: 0 }\nparameters: { w1: 0.1, w2: 0.2 }\nlayers:\n  - activation: sigmoid\n    neurons:\n      h1: { weights: { w1: x1 } }\n      h2: { weights: { w2: x2 } }\n  - activation: linear\n    neurons:\n      o: { weights: { w1: h1 } }\nloss: sse\n';
    expect(() => derive(parseNetwork(sparse, 'sparse.yaml'), { form: 'matrix' })).toThrow(/needs dense layers: neuron 'h1' does not read 'x2'/);
  });

  it("gives mse's gradient over one example's outputs in a batch (2/n with n outputs, not n times the examples)", () => {
    const spec = (w: number): string => `examples:\n  - { inputs: { x: 1 }, targets: { o: 1 } }\n  - { inputs: { x: 2 }, targets: { o: 0 } }\ninputs: {}\nbatch: mean\nparameters: { w: ${w} }\nlayers:\n  - activation: linear\n    neurons:\n      o: { weights: { w: x } }\nloss: mse\nlearning_rate: 0.1\n`;
    const E = (w: number): number => derive(parseNetwork(spec(w))).valuation.exact('v$E_total');
    const h = 1e-6;
    expect(derive(parseNetwork(spec(0.5))).valuation.exact('g$w')).toBeCloseTo((E(0.5 + h) - E(0.5 - h)) / (2 * h), 6);
  });
});

// The matrix form reproduces a public vectorised worked example: pythonandml/dlbook's 3-2-2 notebook (row vectors, z = a W + bᵀ),
// every matrix it prints, at the decimals it prints them (its three slips, listed in test/verify/public/dlbook-vectorised.source.md, aside).
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, verify, verifyOutcome } from '../../src/api.js';

const FILE = 'test/verify/public/dlbook-vectorised.yaml';
/** The notebook's matrices (test/verify/public/dlbook-vectorised.ipynb), as printed; null where it prints a slip. */
const PRINTED: Record<string, (string | null)[][]> = {
  'Z^(1)': [['4.3', '5.3']],
  'A^(1)': [['0.9866', '0.9950']],
  'Z^(2)': [['2.086', '1.389']],
  'A^(2)': [['0.8896', '0.8004']],
  '∇_A^(2) E': [['0.7896', '0.7504']],
  'σ′(Z^(2))': [['0.0983', '0.1598']],
  'Δ^(2)': [['0.0776', '0.1199']],
  'σ′(Z^(1))': [['0.0132', '0.0049']],
  'Δ^(1)': [['0.002', '0.0004']],
  '∂E/∂W^(1)': [['0.002', '0.0004'], ['0.0079', '0.0016'], ['0.0099', '0.002']],
  '∂E/∂W^(2)': [['0.0765', '0.1183'], ['0.0772', '0.1193']],
  'W^(1)⁺': [['0.09998', null], ['0.29992', '0.39998'], ['0.4999', '0.59998']],
  'W^(2)⁺': [['0.6992', '0.7988'], ['0.89923', '0.0988']],
  'b^(1)⁺': [['0.49998', null]],
};

interface JsonEquation { name: string; values: number[][] | number }
const equations = (notation: 'row-major'): Map<string, number[][]> => {
  const json = JSON.parse(emit(derive(loadNetwork(FILE), { form: 'matrix', notation }), 'json')) as { matrixForm: { sections: { equations: JsonEquation[] }[] } };
  return new Map(json.matrixForm.sections.flatMap((s) => s.equations).filter((e) => Array.isArray(e.values)).map((e) => [e.name, e.values as number[][]]));
};
/** Whether a value prints as `printed` at its decimals (half a unit of the last digit either way). */
const printsAs = (value: number, printed: string): boolean => Math.abs(value - Number(printed)) <= 0.5 * 10 ** -(printed.split('.')[1]?.length ?? 0) + 1e-12;

describe("dlbook's vectorised 3-2-2 example in the matrix form", () => {
  it('prints every matrix of the notebook, in its row-vector convention, with the numbers it prints', () => {
    const ours = equations('row-major');
    const wrong = Object.entries(PRINTED).flatMap(([name, rows]) => rows.flatMap((row, i) => row.flatMap((p, j) => {
      const v = ours.get(name)?.[i]?.[j];
      return p === null || (v !== undefined && printsAs(v, p)) ? [] : [`${name}[${i + 1},${j + 1}] = ${v} for ${p}`];
    })));
    expect(wrong).toEqual([]);
  });

  // 'layered' is the file's own notation: its ids (W1_12, b2_1) number the layer first, the preset's the unit first, so
  // the weights are named by where they sit (8 false errata on its own matrix form when the ids were read as names)
  it.each(['row-major', 'mazur', 'layered'] as const)('reads back exact from its own matrix form (%s convention)', (notation) => {
    const doc = derive(loadNetwork(FILE), { form: 'matrix', notation });
    const report = verify(emit(doc, 'md'), doc, { file: 'dlbook.md' });
    expect(verifyOutcome(report).exitCode).toBe(0);
    expect(report.claims.filter((c) => c.verdict !== 'exact' && !/tie/.test(c.detail ?? '')).map((c) => `${c.line} ${c.subject} ${c.verdict}`)).toEqual([]);
  });
});

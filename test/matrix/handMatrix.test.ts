// derive --form matrix --hand: each printed result follows from its printed operands at the printed precision.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { formatNumber } from '../../src/evaluate/numberPolicy.js';
import { matrixValues } from '../../src/evaluate/matrixValues.js';
import { evaluateMatrix, LAYERED } from '../helpers/matrixOracle.js';

const FILES = [...LAYERED.map((n) => `fixtures/${n}.yaml`), 'test/output/fixtures/softmax-ce-2-2-3.yaml', 'test/matrix/fixtures/wide-batch-2-2-1.yaml'];
const CASES = FILES.flatMap((file) => ([undefined, 'ng', 'row-major'] as const).flatMap((notation) => [2, 4].map((decimals) => [file, notation ?? 'column', decimals] as const)));

describe('the matrix form by hand', () => {
  it.each(CASES)('%s (%s, %i decimals): every result is its formula over the printed operands, rounded', (file, notation, decimals) => {
    const policy = { decimals, hand: true };
    const doc = derive(loadNetwork(file), { form: 'matrix', policy, ...(notation === 'column' ? {} : { notation }) });
    const bad: string[] = [];
    let checked = 0;
    for (const line of doc.matrix!.sections.flatMap((s) => s.lines)) {
      if (line.kind !== 'matrix' || !line.formula) continue;
      const printed = matrixValues(line.lhs.cells, doc.valuation).map((r) => r.map((x) => formatNumber(x, doc.valuation.policy)));
      const fromOperands = evaluateMatrix(line.formula, doc.valuation).map((r) => r.map((x) => formatNumber(x, doc.valuation.policy)));
      printed.forEach((row, i) => row.forEach((p, j) => {
        checked++;
        if (p !== fromOperands[i]![j]) bad.push(`${line.lhs.name.text}[${i + 1},${j + 1}]: printed ${p}, its operands give ${fromOperands[i]![j]}`);
      }));
    }
    expect(checked).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});

// Oracle for the matrix form: recomputes every matrix equation's formula by plain matrix arithmetic from its printed operands.
import type { MatrixExpr, MatrixLayout } from '../../src/derive/matrix/matrixTypes.js';
import { compileExpr } from '../../src/evaluate/compileExpr.js';
import { matrixValues } from '../../src/evaluate/matrixValues.js';
import type { Valuation } from '../../src/evaluate/valueLayout.js';
import { sym } from '../../src/util/mathNodes.js';

type M = number[][];

const map2 = (a: M, b: M, f: (x: number, y: number) => number): M => {
  // broadcasting: a scalar, a column vector over columns, or a row vector over rows
  const rows = Math.max(a.length, b.length);
  const cols = Math.max(a[0]!.length, b[0]!.length);
  const at = (m: M, i: number, j: number): number => m[m.length === 1 ? 0 : i]![m[0]!.length === 1 ? 0 : j]!;
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(at(a, i, j), at(b, i, j))));
};

const matmul = (a: M, b: M): M => {
  if (a[0]!.length !== b.length) throw new Error(`shapes ${a.length}×${a[0]!.length} and ${b.length}×${b[0]!.length} do not multiply`);
  return a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, k) => s + x * b[k]![j]!, 0)));
};

const transpose = (a: M): M => a[0]!.map((_, j) => a.map((row) => row[j]!));

/** The value of a matrix expression from its operands' printed (exact) values. */
export function evaluateMatrix(e: MatrixExpr, valuation: Valuation): M {
  const ev = (x: MatrixExpr): M => evaluateMatrix(x, valuation);
  switch (e.kind) {
    case 'operand': return matrixValues(e.operand.cells, valuation);
    case 'transpose': return transpose(ev(e.arg));
    case 'negate': return ev(e.arg).map((r) => r.map((x) => -x));
    case 'reduce': return [[ev(e.arg).flat().reduce((s, x) => s + (e.how === 'sum' ? x : x * x), 0)]];
    case 'apply': {
      const arg = ev(e.arg);
      if (e.activation?.layer) {
        // softmax over each column (each row in row-major)
        const soft = (v: number[]): number[] => v.map((x) => Math.exp(x) / v.reduce((s, y) => s + Math.exp(y), 0));
        return e.byRows ? arg.map(soft) : transpose(transpose(arg).map(soft));
      }
      const tree = e.entry ? e.entry(sym('x')) : e.activation!.apply(sym('x'));
      const f = compileExpr(tree, () => 0);
      return arg.map((r) => r.map((x) => f(Float64Array.of(x))));
    }
    case 'binary': {
      const [a, b] = [ev(e.left), ev(e.right)];
      switch (e.op) {
        case 'matmul': return matmul(a, b);
        case 'add': return map2(a, b, (x, y) => x + y);
        case 'sub': return map2(a, b, (x, y) => x - y);
        case 'hadamard': case 'scale': return map2(a, b, (x, y) => x * y);
        case 'divide': return map2(a, b, (x, y) => x / y);
      }
    }
  }
  throw new Error('unknown matrix expression');
}

/** Every disagreement between a printed result and its recomputed formula, beyond a relative 1e-9. */
export function matrixMismatches(layout: MatrixLayout, valuation: Valuation): string[] {
  const bad: string[] = [];
  let formulas = 0;
  for (const section of layout.sections) {
    for (const line of section.lines) {
      if (line.kind !== 'matrix' || !line.formula) continue;
      formulas++;
      const expected = matrixValues(line.lhs.cells, valuation);
      const got = evaluateMatrix(line.formula, valuation);
      if (got.length !== expected.length || got[0]!.length !== expected[0]!.length) {
        bad.push(`${line.lhs.name.text}: shape ${got.length}×${got[0]!.length}, printed ${expected.length}×${expected[0]!.length}`);
        continue;
      }
      expected.forEach((row, i) => row.forEach((x, j) => {
        const y = got[i]![j]!;
        if (!(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)))) bad.push(`${line.lhs.name.text}[${i + 1},${j + 1}]: printed ${x}, formula gives ${y}`);
      }));
    }
  }
  if (formulas === 0) bad.push('no formula to check');
  return bad;
}

/** The layered fixtures (dense networks), whose matrix form every test covers. */
export const LAYERED = ['mazur-2-2-2', 'batch-2-1', 'comp9444-2-2-2', 'mixed-2-2-2-1'];

// A matrix expression's value from its operands' printed values: products, broadcast sums, element-wise ops, reductions.
import type { MatrixExpr } from '../derive/matrix/matrixTypes.js';
import { sym } from '../util/mathNodes.js';
import { compileExpr } from './compileExpr.js';
import { matrixValues } from './matrixValues.js';
import type { Valuation } from './valueLayout.js';

type M = number[][];

/** Entry by entry, a 1-row or 1-column operand broadcast over the other's rows or columns (a bias over the batch). */
function map2(a: M, b: M, f: (x: number, y: number) => number): M {
  const rows = Math.max(a.length, b.length);
  const cols = Math.max(a[0]!.length, b[0]!.length);
  const at = (m: M, i: number, j: number): number => m[m.length === 1 ? 0 : i]![m[0]!.length === 1 ? 0 : j]!;
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(at(a, i, j), at(b, i, j))));
}

function matmul(a: M, b: M): M {
  if (a[0]!.length !== b.length) throw new Error(`shapes ${a.length}×${a[0]!.length} and ${b.length}×${b[0]!.length} do not multiply`);
  return a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, k) => s + x * b[k]![j]!, 0)));
}

const transpose = (a: M): M => a[0]!.map((_, j) => a.map((row) => row[j]!));

/** softmax(v)_i = e^{v_i} / Σ_j e^{v_j}, shifted by max v for range. */
function softmax(v: number[]): number[] {
  const top = Math.max(...v);
  const e = v.map((x) => Math.exp(x - top));
  const s = e.reduce((n, x) => n + x, 0);
  return e.map((x) => x / s);
}

function apply(e: Extract<MatrixExpr, { kind: 'apply' }>, arg: M): M {
  // softmax runs over each column (each row in row-major)
  if (e.activation?.layer) return e.byRows ? arg.map(softmax) : transpose(transpose(arg).map(softmax));
  const tree = e.entry ? e.entry(sym('x')) : e.activation!.apply(sym('x'));
  const f = compileExpr(tree, () => 0);
  return arg.map((r) => r.map((x) => f(Float64Array.of(x))));
}

export function evaluateMatrix(e: MatrixExpr, valuation: Valuation): M {
  const ev = (x: MatrixExpr): M => evaluateMatrix(x, valuation);
  switch (e.kind) {
    case 'operand': return matrixValues(e.operand.cells, valuation);
    case 'transpose': return transpose(ev(e.arg));
    case 'negate': return ev(e.arg).map((r) => r.map((x) => -x));
    case 'reduce': return [[ev(e.arg).flat().reduce((s, x) => s + (e.how === 'sum' ? x : x * x), 0)]];
    case 'apply': return apply(e, ev(e.arg));
    case 'binary': {
      const [a, b] = [ev(e.left), ev(e.right)];
      switch (e.op) {
        case 'matmul': return matmul(a, b);
        case 'add': return map2(a, b, (x, y) => x + y);
        case 'sub': return map2(a, b, (x, y) => x - y);
        case 'hadamard': case 'scale': return map2(a, b, (x, y) => x * y);
        case 'divide': return map2(a, b, (x, y) => x / y);
        default: {
          const never: never = e.op;
          throw new Error(`unknown matrix operator ${String(never)}`);
        }
      }
    }
    default: {
      const never: never = e;
      throw new Error(`unknown matrix expression ${String((never as { kind: string }).kind)}`);
    }
  }
}

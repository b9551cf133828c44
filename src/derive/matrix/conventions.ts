// The three conventions' algebra: where examples and units go (columns or rows) and how each layer's formulas read.
import { bin, operand, transpose, type Convention, type MatrixExpr, type Operand } from './matrixTypes.js';
import { ones } from './lossForms.js';

export interface Algebra {
  /** Per-example entries [e][j] as the matrix: one column per example, or one row (row-major). */
  examples<T>(perExample: T[][]): T[][];
  /** Weights [j][k] (unit j of this layer, unit k below) as the matrix: W_jk, or its transpose in row-major. */
  weights<T>(w: T[][]): T[][];
  /** Biases [j] as a column, or a row in row-major. */
  bias<T>(b: T[]): T[][];
  /** z = W a + b, or Z = A W + b. */
  forward(W: Operand, below: Operand, b: Operand | null): MatrixExpr;
  /** ∇_a E below: Wᵀ δ, or Δ Wᵀ. */
  backprop(W: Operand, delta: Operand): MatrixExpr;
  /** ∂E/∂W: δ aᵀ, or Aᵀ Δ. */
  gradWeights(delta: Operand, below: Operand): MatrixExpr;
  /** ∂E/∂b: δ (one example), Δ 1 summed over the batch's columns, or 1ᵀ Δ over its rows. */
  gradBias(delta: Operand, examples: number): MatrixExpr;
  /** Softmax: δ = Jᵀ ∇_a E, or ∇_a E J. */
  jacobianDelta(J: Operand, grad: Operand): MatrixExpr;
  /** Softmax runs over each column, or each row. */
  byRows: boolean;
}

const t = <T>(m: T[][]): T[][] => m[0]!.map((_, j) => m.map((row) => row[j]!));
const o = operand;

const COLUMN: Algebra = {
  examples: t,
  weights: (w) => w,
  bias: (b) => b.map((x) => [x]),
  forward: (W, a, b) => (b ? bin('add', bin('matmul', o(W), o(a)), o(b)) : bin('matmul', o(W), o(a))),
  backprop: (W, d) => bin('matmul', transpose(o(W)), o(d)),
  gradWeights: (d, a) => bin('matmul', o(d), transpose(o(a))),
  gradBias: (d, m) => (m === 1 ? o(d) : bin('matmul', o(d), o(ones(m)))),
  jacobianDelta: (J, g) => bin('matmul', transpose(o(J)), o(g)),
  byRows: false,
};

const ROW_MAJOR: Algebra = {
  examples: (m) => m,
  weights: t,
  bias: (b) => [b],
  forward: (W, a, b) => (b ? bin('add', bin('matmul', o(a), o(W)), o(b)) : bin('matmul', o(a), o(W))),
  backprop: (W, d) => bin('matmul', o(d), transpose(o(W))),
  gradWeights: (d, a) => bin('matmul', transpose(o(a)), o(d)),
  gradBias: (d, m) => (m === 1 ? o(d) : bin('matmul', transpose(o(ones(m))), o(d))),
  jacobianDelta: (J, g) => bin('matmul', o(g), o(J)),
  byRows: true,
};

export function algebraOf(convention: Convention): Algebra {
  return convention === 'row-major' ? ROW_MAJOR : COLUMN;
}

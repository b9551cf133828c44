// The matrix form as data: matrix equations whose every entry is a quantity of the scalar derivation, printed later.
import type { MathNode } from 'mathjs';
import type { Activation } from '../../graph/types.js';
import type { Equation } from '../layout.js';

/** One entry: a quantity id of the scalar derivation, a constant (0 of a missing bias, 1 of a ones vector), or a tree over quantity ids. */
export type Cell = string | number | MathNode;

export interface MatrixName {
  tex: string;
  text: string;
}

/** A named matrix with its entries (rows × columns); a scalar (1×1) prints as its value (η) or, if constant, as its name (½, 1/m). */
export interface Operand {
  name: MatrixName;
  cells: Cell[][];
  scalar?: 'value' | 'constant';
}

/** A matrix expression: operands combined by products, sums, the element-wise ops and transposes. */
export type MatrixExpr =
  | { kind: 'operand'; operand: Operand }
  | { kind: 'binary'; op: MatrixOp; left: MatrixExpr; right: MatrixExpr }
  | { kind: 'transpose'; arg: MatrixExpr }
  | { kind: 'negate'; arg: MatrixExpr }
  /** A scalar from every entry: the sum of squares ‖M‖² or the plain sum Σ M. */
  | { kind: 'reduce'; how: 'sumSquares' | 'sum'; arg: MatrixExpr }
  /** f applied entry by entry (softmax: over each column, or each row in row-major). */
  | { kind: 'apply'; fn: MatrixName; activation?: Activation; entry?: (x: MathNode) => MathNode; arg: MatrixExpr; byRows?: boolean };

/** matmul: A B; add/sub broadcast a bias vector over the batch; hadamard ⊙; divide ⊘; scale: scalar · matrix; oneMinus 1 − M is sub with a scalar 1. */
export type MatrixOp = 'matmul' | 'add' | 'sub' | 'hadamard' | 'divide' | 'scale';

/** lhs = formula (names) = formula (numbers) = result; a null formula prints lhs = result. */
export interface MatrixEquation {
  kind: 'matrix';
  lhs: Operand;
  formula: MatrixExpr | null;
  /** A parameter's gradient or its update (a deck gives each its own frame); unset for the forward pass and δ. */
  role?: 'gradient' | 'update';
}

/** A scalar line inside the matrix form (a shared parameter's total gradient and update). */
export interface ScalarLine {
  kind: 'scalar';
  equation: Equation;
}

export type MatrixLine = MatrixEquation | ScalarLine;

export type MatrixSectionId = 'forward' | 'error' | 'output' | 'hidden' | 'updates' | 'after';

export interface MatrixSection {
  id: MatrixSectionId;
  /** Hidden layers numbered from the input side (1 = first hidden). */
  layer?: number;
  lines: MatrixLine[];
}

/** The conventions: column vectors (W_jk from k to j), Ng's [l] with dZ/dW and 1/m, row-major X W + b. */
export type Convention = 'column' | 'ng' | 'row-major';

export interface MatrixLayout {
  convention: Convention;
  /** Examples in the batch (1 without `examples`). */
  examples: number;
  sections: MatrixSection[];
}

export const operand = (o: Operand): MatrixExpr => ({ kind: 'operand', operand: o });
export const bin = (op: MatrixOp, left: MatrixExpr, right: MatrixExpr): MatrixExpr => ({ kind: 'binary', op, left, right });
export const transpose = (arg: MatrixExpr): MatrixExpr => ({ kind: 'transpose', arg });

// Prints a matrix expression through a renderer (LaTeX strings, text boxes); parentheses come from one precedence table.
import type { MatrixExpr, MatrixOp, Operand } from '../../derive/matrix/matrixTypes.js';

/** How pieces print and join: the printer knows no format. */
export interface Renderer<T> {
  text(s: string): T;
  cat(parts: T[]): T;
  paren(x: T): T;
  transpose(x: T): T;
  apply(fn: string, x: T): T;
  /** ‖x‖² or Σ(x). */
  reduce(how: 'sumSquares' | 'sum', x: T): T;
  /** An operand by name, or by its numbers. */
  operand(o: Operand, numbers: boolean): T;
  /** The operator tokens with their spaces: ' \\odot ' or ' ⊙ '. */
  ops: Record<MatrixOp | 'negate', string>;
  fnName(name: { tex: string; text: string }): string;
}

/** Binding strength: larger binds tighter. */
const PREC = { sum: 1, product: 2, atom: 3 } as const;
const SUMS: ReadonlySet<MatrixOp> = new Set(['add', 'sub']);

interface Printed<T> {
  out: T;
  prec: number;
}

export function printMatrix<T>(expr: MatrixExpr, r: Renderer<T>, numbers: boolean): T {
  return print(expr, r, numbers).out;
}

function print<T>(e: MatrixExpr, r: Renderer<T>, numbers: boolean): Printed<T> {
  const at = (x: MatrixExpr, min: number): T => {
    const p = print(x, r, numbers);
    return p.prec >= min ? p.out : r.paren(p.out);
  };
  switch (e.kind) {
    case 'operand': return { out: r.operand(e.operand, numbers), prec: PREC.atom };
    case 'transpose': return { out: r.transpose(at(e.arg, PREC.atom)), prec: PREC.atom };
    case 'apply': return { out: r.apply(r.fnName(e.fn), print(e.arg, r, numbers).out), prec: PREC.atom };
    case 'reduce': return { out: r.reduce(e.how, print(e.arg, r, numbers).out), prec: PREC.atom };
    case 'negate': return { out: r.cat([r.text(r.ops.negate), at(e.arg, PREC.product)]), prec: PREC.product };
    case 'binary': {
      if (SUMS.has(e.op)) return { out: r.cat([at(e.left, PREC.sum), r.text(r.ops[e.op]), at(e.right, PREC.product)]), prec: PREC.sum };
      // a scalar factor reads into a product on its right (½ η G); other products bracket a product on their right
      const right = e.op === 'scale' && e.right.kind !== 'negate' ? PREC.product : PREC.atom;
      return { out: r.cat([at(e.left, PREC.product), r.text(r.ops[e.op]), at(e.right, right)]), prec: PREC.product };
    }
    default: {
      const never: never = e;
      throw new Error(`unknown matrix expression ${String((never as { kind: string }).kind)}`);
    }
  }
}

/** One piece of a broken line: the operator before it and the precedence it is printed at. */
export interface Piece {
  op: MatrixOp | null;
  expr: MatrixExpr;
  min: number;
}

const precOf = (e: MatrixExpr): number => (e.kind === 'binary' ? (SUMS.has(e.op) ? PREC.sum : PREC.product) : PREC.atom);

/** The terms of a sum and the factors of a product along the left spine: where a long line may break. */
export function breakPoints(e: MatrixExpr): Piece[] {
  if (e.kind !== 'binary') return [{ op: null, expr: e, min: 0 }];
  const p = precOf(e);
  const left = precOf(e.left) >= p ? breakPoints(e.left) : [{ op: null, expr: e.left, min: p }];
  const min = p === PREC.sum || (e.op === 'scale' && e.right.kind !== 'negate') ? PREC.product : PREC.atom;
  return [...left, { op: e.op, expr: e.right, min }];
}

/** A piece as printed in the whole expression (parenthesized where its operator needs it). */
export function printPiece<T>(piece: Piece, r: Renderer<T>, numbers: boolean): T {
  const p = print(piece.expr, r, numbers);
  return p.prec >= piece.min ? p.out : r.paren(p.out);
}

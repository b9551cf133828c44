// Each built-in loss and activation derivative in vector form: E = ½ 1ᵀ((y − a) ⊙ (y − a))1, ∇_a E = −(y − a), σ' = a ⊙ (1 − a).
import { fn } from '../../util/mathNodes.js';
import type { Activation, Loss } from '../../graph/types.js';
import { bin, operand, type MatrixExpr, type Operand } from './matrixTypes.js';

/** A constant scalar printed by its name (½, 2/n, 1/m). */
export function constant(value: number, tex: string, text = tex): Operand {
  return { name: { tex, text }, cells: [[value]], scalar: 'constant' };
}

const ONE = constant(1, '1');
const one = (): MatrixExpr => operand(ONE);
const ones = (n: number): Operand => ({ name: { tex: '\\mathbf{1}', text: '𝟏' }, cells: Array.from({ length: n }, () => [1]) });
const neg = (arg: MatrixExpr): MatrixExpr => ({ kind: 'negate', arg });
const logOf = (arg: MatrixExpr): MatrixExpr => ({ kind: 'apply', fn: { tex: '\\log', text: 'log' }, entry: (x) => fn('log', x), arg });
const sumAll = (arg: MatrixExpr): MatrixExpr => ({ kind: 'reduce', how: 'sum', arg });
const squares = (arg: MatrixExpr): MatrixExpr => ({ kind: 'reduce', how: 'sumSquares', arg });

/** The mean's 1/m over a batch, when there is one. */
export function meanOf(m: number | undefined, body: MatrixExpr): MatrixExpr {
  if (m === undefined) return body;
  // −(1/m)(y − a) rather than (1/m)(−(y − a)): the sign stays in front
  if (body.kind === 'negate') return neg(meanOf(m, body.arg));
  return bin('scale', operand(constant(1 / m, `\\frac{1}{${m}}`, `(1/${m})`)), body);
}

/** The loss whose vector form prints: the mean over a single output is its squared error (no 1/1 factor). */
function printedLossId(loss: Loss, outputs: number): string {
  return loss.id === 'mse' && outputs === 1 ? 'sse' : loss.id;
}

/** E over outputs (rows) and examples (columns): ½‖y − a‖², −Σ y ⊙ log a; null for a loss with no vector form (custom). */
export function lossValueForm(loss: Loss, a: Operand, y: Operand, batchMean: number | undefined, outputs: number): MatrixExpr | null {
  const [A, Y] = [operand(a), operand(y)];
  const rows = outputs;
  const sq = squares(bin('sub', Y, A));
  switch (printedLossId(loss, rows)) {
    case 'half-sse': return meanOf(batchMean, bin('scale', operand(constant(0.5, '\\frac{1}{2}', '½')), sq));
    case 'sse': return meanOf(batchMean, sq);
    case 'mse': return meanOf(batchMean, bin('scale', operand(constant(1 / rows, `\\frac{1}{${rows}}`, `1/${rows}`)), sq));
    case 'cross-entropy': return meanOf(batchMean, neg(sumAll(bin('hadamard', Y, logOf(A)))));
    case 'binary-cross-entropy': {
      const both = bin('add', bin('hadamard', Y, logOf(A)), bin('hadamard', bin('sub', one(), Y), logOf(bin('sub', one(), A))));
      return meanOf(batchMean, neg(sumAll(both)));
    }
    default: return null;
  }
}

/** ∇_a E entry by entry, in the slides' sign convention −(y − a), or null for a custom loss. */
export function lossGradientForm(loss: Loss, a: Operand, y: Operand, batchMean: number | undefined, outputs: number): MatrixExpr | null {
  const [A, Y] = [operand(a), operand(y)];
  const rows = outputs;
  const diff = bin('sub', Y, A);
  switch (printedLossId(loss, rows)) {
    case 'half-sse': return meanOf(batchMean, neg(diff));
    case 'sse': return meanOf(batchMean, neg(bin('scale', operand(constant(2, '2')), diff)));
    case 'mse': return meanOf(batchMean, neg(bin('scale', operand(constant(2 / rows, `\\frac{2}{${rows}}`, `2/${rows}`)), diff)));
    case 'cross-entropy': return meanOf(batchMean, neg(bin('divide', Y, A)));
    case 'binary-cross-entropy': return meanOf(batchMean, neg(bin('sub', bin('divide', Y, A), bin('divide', bin('sub', one(), Y), bin('sub', one(), A)))));
    default: return null;
  }
}

/** f'(z) entry by entry from the layer's outputs (sigmoid a ⊙ (1 − a), tanh 1 − a ⊙ a), or null where only the numbers print. */
export function derivativeForm(activation: Activation | undefined, a: Operand): MatrixExpr | null {
  const A = operand(a);
  switch (activation?.id) {
    case 'sigmoid': return bin('hadamard', A, bin('sub', one(), A));
    case 'tanh': return bin('sub', one(), bin('hadamard', A, A));
    default: return null;
  }
}

export { ones };

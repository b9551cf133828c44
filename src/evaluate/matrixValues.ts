// The numbers of the matrix form: each entry's value from the scalar derivation's evaluation (a tree entry through the evaluator).
import type { Cell } from '../derive/matrix/matrixTypes.js';
import { evaluateForm } from './evaluateDerivation.js';
import type { Valuation } from './valueLayout.js';

/** The value an entry prints with: a quantity's (hand-rounded in hand mode), a constant, or a tree over quantities. */
export function cellValue(cell: Cell, valuation: Valuation): number {
  if (typeof cell === 'string') return valuation.value(cell);
  if (typeof cell === 'number') return cell;
  const printed = valuation.printedCells?.get(cell);
  if (printed !== undefined) return printed;
  return evaluateForm(cell, valuation.evaluation, valuation.policy);
}

/** Every entry of a matrix, row by row. */
export function matrixValues(cells: readonly Cell[][], valuation: Valuation): number[][] {
  return cells.map((row) => row.map((c) => cellValue(c, valuation)));
}

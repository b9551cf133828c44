// --hand with the matrix form: each matrix result recomputed from the printed (rounded) operands before it, then rounded,
// as the scalar --hand form recomputes each line; later lines read these printed values.
import type { Equation } from '../derive/layout.js';
import type { Cell, MatrixLayout } from '../derive/matrix/matrixTypes.js';
import { evaluateForm, type Evaluation } from './evaluateDerivation.js';
import { evaluateMatrix } from './evaluateMatrix.js';
import { roundNumber } from './numberPolicy.js';
import type { Valuation } from './valueLayout.js';

/** The valuation the matrix form prints with: unchanged unless by hand. */
export function printedMatrixValuation(layout: MatrixLayout, base: Valuation): Valuation {
  if (!base.policy.hand) return base;
  const { program } = base.evaluation;
  const slots = Float64Array.from(base.evaluation.slots);
  const slot = (id: string): number | undefined => (id.startsWith('after$') ? undefined : program.slotOf.get(id));
  const evaluation: Evaluation = {
    ...base.evaluation,
    slots,
    get(id) {
      const i = slot(id);
      if (i === undefined) throw new Error(`unknown quantity ${id}`);
      return slots[i]!;
    },
  };
  // entries that are trees (Ng's m·δ, a shared parameter's sum of products) keep their printed value here
  const printedCells = new Map<object, number>();
  const lineValues = new Map<Equation, number>();
  const valuation: Valuation = {
    ...base,
    evaluation,
    printedCells,
    value: (id) => {
      const i = slot(id);
      return i === undefined ? base.value(id) : slots[i]!;
    },
    equationValue(eq) {
      if (!lineValues.has(eq)) lineValues.set(eq, eq.numeric ? evaluateForm(eq.numeric, evaluation, base.policy) : valuation.value(eq.lhs));
      return lineValues.get(eq)!;
    },
  };
  for (const line of layout.sections.flatMap((s) => s.lines)) {
    if (line.kind !== 'matrix' || !line.formula) continue;
    const values = evaluateMatrix(line.formula, valuation);
    line.lhs.cells.forEach((row, i) => row.forEach((cell, j) => setCell(cell, roundNumber(values[i]![j]!, base.policy))));
  }
  function setCell(cell: Cell, x: number): void {
    if (typeof cell === 'number') return;
    const i = typeof cell === 'string' ? slot(cell) : undefined;
    if (i !== undefined) slots[i] = x;
    else if (typeof cell === 'object') printedCells.set(cell, x);
  }
  return valuation;
}

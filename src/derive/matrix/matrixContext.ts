// What the matrix form's builders share: each layer's operands (W, b, the layer below, z, a), the names, the convention, the batch.
import type { Derivation } from '../deriveGraph.js';
import { qid } from '../quantity.js';
import type { Algebra } from './conventions.js';
import type { DenseLayer } from './denseLayers.js';
import type { MatrixNames } from './matrixNames.js';
import type { Cell, Convention, MatrixName, Operand } from './matrixTypes.js';

/** What building one layer's equations needs: the layer, its operands, the names. */
export interface LayerOperands {
  layer: DenseLayer;
  W: Operand;
  b: Operand | null;
  below: Operand;
  z: Operand;
  a: Operand;
}

export interface MatrixContext {
  d: Derivation;
  names: MatrixNames;
  convention: Convention;
  algebra: Algebra;
  layers: LayerOperands[];
  examples: number;
  /** The mean over the batch divides by m; undefined for one example or a sum. */
  batchMean: number | undefined;
}

/** Per-example ids [e][j] of one kind (net_, out_, target_) as the convention's matrix of cells. */
export function perExample(ctx: Pick<MatrixContext, 'algebra'>, units: string[][], cell: (unit: string) => Cell): Cell[][] {
  return ctx.algebra.examples(units.map((us) => us.map(cell)));
}

export const named = (name: MatrixName, cells: Cell[][]): Operand => ({ name, cells });

/** The targets as a matrix (one column per example, or one row). */
export function targets(ctx: MatrixContext): Operand {
  return named(ctx.names.target, perExample(ctx, ctx.layers.at(-1)!.layer.units, (u) => qid.value(`target_${u}`)));
}

// What the matrix form's builders share: each layer's operands (W, b, the layer below, z, a), the names, the batch.
import type { Derivation } from '../deriveGraph.js';
import { qid } from '../quantity.js';
import type { DenseLayer } from './denseLayers.js';
import type { MatrixNames } from './matrixNames.js';
import type { Cell, MatrixName, Operand } from './matrixTypes.js';

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
  layers: LayerOperands[];
  examples: number;
  /** The mean over the batch divides by m; undefined for one example or a sum. */
  batchMean: number | undefined;
}

/** Entries [j][e] from per-example ids [e][j]: one column per example. */
export function columns(ids: string[][], cell: (id: string) => Cell): Cell[][] {
  return ids[0]!.map((_, j) => ids.map((col) => cell(col[j]!)));
}

export const named = (name: MatrixName, cells: Cell[][]): Operand => ({ name, cells });

/** The targets as a matrix (one column per example). */
export function targets(ctx: MatrixContext): Operand {
  const out = ctx.layers.at(-1)!.layer.units;
  return named(ctx.names.target, columns(out.map((us) => us.map((u) => `target_${u}`)), qid.value));
}


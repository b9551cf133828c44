// The matrix form for a loaded network: its convention from the file's notation, its batch from the file's examples.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import type { Derivation } from '../derive/deriveGraph.js';
import { buildMatrixLayout } from '../derive/matrix/matrixLayout.js';
import type { Convention, MatrixLayout } from '../derive/matrix/matrixTypes.js';

export function matrixLayoutOf(def: NetworkDefinition, derivation: Derivation, notation: string = def.spec.notation): MatrixLayout {
  const convention: Convention = notation === 'ng' ? 'ng' : notation === 'row-major' ? 'row-major' : 'column';
  return buildMatrixLayout(derivation, {
    convention,
    examples: def.spec.examples?.length ?? 1,
    shift: notation === 'layered' ? 1 : 0,
    locate: (path) => def.locate(path),
  });
}

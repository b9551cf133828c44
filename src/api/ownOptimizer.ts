// What derive prints only as plain gradient descent (the matrix and index forms, Δw, mini-batch SGD) is refused, one
// located line, for a file whose optimizer is another rule: never a plain update beside Adam's numbers.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { isPlainDescent } from '../definition/optimizerSettings.js';
import { InputError } from '../util/errors.js';

/** Throws when the file's optimizer is not plain gradient descent; `what` says what prints only that (--form matrix, …). */
export function refuseOwnOptimizer(def: NetworkDefinition, what: string, remedy: string): void {
  const spec = def.spec.optimizer;
  if (isPlainDescent(spec)) return;
  throw new InputError(`${what} prints plain gradient descent, w⁺ = w − η·∂E/∂w, not the file's optimizer (${spec!.type}): ${remedy}`, def.locate(['optimizer', 'type']));
}

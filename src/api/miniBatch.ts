// derive --iterations N --batch-size B: the derivation document with its steps of online or mini-batch SGD over the file's
// examples. A module of its own, loaded only when a run asks for it (start-up stays lean).
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { miniBatchSteps } from '../train/miniBatchSteps.js';
import { InputError } from '../util/errors.js';
import { locateNumericError } from './locateNumeric.js';
import { refuseOwnOptimizer } from './ownOptimizer.js';

export interface MiniBatchDeriveOptions {
  /** The number of steps (updates). */
  iterations?: number;
  /** Examples per step (1: online SGD). */
  batchSize: number;
  /** Shuffle the examples each epoch (seeded by `seed`, default 1), as train --shuffle does. */
  shuffle?: boolean;
  seed?: number;
}

/** `doc` (from derive on the same file, with its learning rate) with `steps`, one per update. */
export function withMiniBatchSteps(doc: DerivationDocument, def: NetworkDefinition, opts: MiniBatchDeriveOptions): DerivationDocument {
  if (!opts.iterations) throw new InputError('--batch-size needs --iterations N, the number of steps to take', { file: def.file });
  refuseOwnOptimizer(def, '--batch-size', "use train --batch-size for its steps over the examples");
  const { iterations, batchSize, shuffle, seed } = opts;
  const learningRate = doc.derivation.graph.learningRate;
  const steps = locateNumericError(def, doc.derivation.graph, () => miniBatchSteps(def, { iterations, batchSize, shuffle, seed, learningRate }));
  return { ...doc, steps };
}

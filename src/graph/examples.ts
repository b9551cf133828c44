// Several training examples in one file: one copy of the forward graph per example, its ids suffixed _e1, _e2, ….
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { InputError } from '../util/errors.js';

/** One example's inputs and targets, the suffix of its node ids, and where it sits in the file. */
export interface ExampleCopy {
  inputs: Record<string, number>;
  targets: Record<string, number>;
  suffix: string;
  /** The example's number (1-based) in a file with examples; undefined without. */
  example?: number;
  path: (string | number)[];
}

/** The file's examples, or its single inputs/targets as one copy with no suffix (the usual case). */
export function exampleCopies(def: NetworkDefinition): ExampleCopy[] {
  const { spec } = def;
  if (!spec.examples) return [{ inputs: spec.inputs, targets: spec.targets, suffix: '', path: [] }];
  if (Object.keys(spec.inputs).length) throw new InputError('a file with examples gives its inputs in each example, not in inputs', def.locate(['inputs']));
  const names = Object.keys(spec.examples[0]!.inputs).sort().join(',');
  return spec.examples.map((ex, k) => {
    if (Object.keys(ex.inputs).sort().join(',') !== names) throw new InputError(`example ${k + 1} has other inputs than example 1 (${names})`, def.locate(['examples', k, 'inputs']));
    return { inputs: ex.inputs, targets: ex.targets, suffix: `_e${k + 1}`, example: k + 1, path: ['examples', k] };
  });
}

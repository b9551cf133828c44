// The seed fixtures with the options their documents call for (decimals, rounds), shared by the golden and compile tests.
import { derive, loadNetwork, type DeriveOptions } from '../../src/api.js';

/** Fixture, the options the document calls for (its decimals, its rounds of gradient descent). */
export const SEED_FIXTURES: [string, DeriveOptions][] = [
  ['comp9444-2-2-2', { policy: { decimals: 4 } }],
  ['comp9444-gd-1d', { iterations: 2 }],
  ['comp9444-week1d-two-layer', {}],
  ['comp9444-week1d-two-layer-tanh', {}],
  ['ceng506-and', { policy: { decimals: 2 } }],
  ['ceng506-or', { policy: { decimals: 2 } }],
  ['ceng506-xnor', { policy: { decimals: 2 } }],
  ['ceng506-fxyz', {}],
  ['ceng506-sigmoid-circuit', { policy: { decimals: 2 } }],
  ['ceng506-weight-update', { policy: { decimals: 2 }, iterations: 19 }],
  ['ceng506-deep', {}],
  ['tartu-1-2-2-1', { policy: { decimals: 4 } }],
  ['tartu-softmax', { policy: { decimals: 4 } }],
  ['batch-2-1', { policy: { decimals: 6 } }],
];

/** The document of a seed fixture, as the goldens and the compile test print it. */
export function seedDocument(name: string, options: DeriveOptions): ReturnType<typeof derive> {
  return derive(loadNetwork(`fixtures/${name}.yaml`), options);
}

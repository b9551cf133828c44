// The library's defaults on their own, light to load: the CLI's --help states them without loading the pipeline (and mathjs).
export { DEFAULT_POLICY } from '../evaluate/numberPolicy.js';
export { NOTATION_NAMES } from '../definition/notationNames.js';

/** Above this many equations a network is printed in index form (plus the --only instances). */
export const DEFAULT_MAX_EQUATIONS = 1000;

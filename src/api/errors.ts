// The library's error classes on their own: the CLI reports errors through them without loading the pipeline (and mathjs).
export { DivergenceError, InputError, NumericError } from '../util/errors.js';
export { fsInputError, isFsError } from '../util/fsError.js';
export { GENERATED_MARK } from '../util/generatedMark.js';

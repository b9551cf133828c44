// Prints an error in the one shape `file:line:col: message (field)` and returns its exit code.
import { InputError, NumericError } from '../util/errors.js';

export function reportError(err: unknown): number {
  if (err instanceof InputError) {
    process.stderr.write(`${err.format()}\n`);
    return 2;
  }
  if (err instanceof NumericError || err instanceof RangeError) {
    process.stderr.write(`backprop-tex: ${err.message}\n`);
    return 2;
  }
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`backprop-tex: internal error: ${message}\n`);
  return 3;
}

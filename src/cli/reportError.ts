// Prints an error in the one shape `file:line:col: message (field)` and returns its exit code.
import { InputError, NumericError } from '../util/errors.js';

/** Set by the global --quiet and --verbose flags. */
export const verbosity = { quiet: false, verbose: false };

/** Prints a line on stderr unless --quiet: progress and notes, never errors. */
export function note(message: string): void {
  if (!verbosity.quiet) process.stderr.write(`${message}\n`);
}

export function reportError(err: unknown): number {
  if (err instanceof InputError || err instanceof NumericError) {
    process.stderr.write(`${err.format()}\n`);
    writeStack(err);
    return 2;
  }
  if (err instanceof RangeError) {
    process.stderr.write(`backprop-tex: ${err.message}\n`);
    writeStack(err);
    return 2;
  }
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`backprop-tex: internal error: ${message}\n`);
  return 3;
}

/** With --verbose, where in backprop-tex an error was raised (for bug reports). */
function writeStack(err: Error): void {
  if (verbosity.verbose && err.stack) process.stderr.write(`${err.stack.split('\n').slice(1).join('\n')}\n`);
}

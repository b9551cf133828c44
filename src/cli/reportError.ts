// Prints an error in the one shape `file:line:col: message (field)` and returns its exit code.
import { InputError, NumericError } from '../api/errors.js';
import { fsInputError, isFsError } from '../api/errors.js';
import type { CliRun } from './io.js';

/** A mistake in the command line itself (unknown option, missing argument): yargs' message, exit 2. */
export class UsageError extends Error {}

export function reportError(err: unknown, run: CliRun): number {
  const stderr = run.io.stderr;
  if (err instanceof UsageError) {
    stderr.write(`backprop-tex: ${err.message}\nRun 'backprop-tex --help' for the options.\n`);
    return 2;
  }
  if (err instanceof InputError || err instanceof NumericError) {
    stderr.write(`${err.format()}\n`);
    writeStack(err, run);
    return err.exitCode;
  }
  if (err instanceof RangeError) {
    stderr.write(`backprop-tex: ${err.message}\n`);
    writeStack(err, run);
    return 2;
  }
  if (isFsError(err)) {
    stderr.write(`${fsInputError(err, err.path ?? '<unknown path>', 'cannot access').format()}\n`);
    writeStack(err, run);
    return 2;
  }
  // A bug of ours: one line; the stack only with --verbose (for the bug report).
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err).split('\n')[0];
  stderr.write(`backprop-tex: internal error: ${message}${run.verbose ? '' : ' (run with --verbose for details, and please report it)'}\n`);
  if (err instanceof Error) writeStack(err, run);
  return 3;
}

/** With --verbose, where in backprop-tex an error was raised (for bug reports). */
function writeStack(err: Error, run: CliRun): void {
  if (run.verbose && err.stack) run.io.stderr.write(`${err.stack.split('\n').slice(1).join('\n')}\n`);
}

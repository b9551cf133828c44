// Where the run in progress writes: the process's streams, or the buffers runCli was given (tests run the CLI in-process).
import { AsyncLocalStorage } from 'node:async_hooks';

export interface CliIo {
  /** columns: the terminal's width, when standard output is one (help is wrapped to it, at most 100). */
  stdout: { write(text: string): unknown; columns?: number };
  /** isTTY: a progress bar is drawn only on a terminal. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** One run of the CLI: its streams and the global --quiet and --verbose flags. */
export interface CliRun {
  io: CliIo;
  quiet: boolean;
  verbose: boolean;
  /** Set by a command that ran but failed a check (verify found an erratum: 1). */
  exitCode?: number;
  /** The files this run reads (FILE, DOCS, --net): an output that is one of them is refused. */
  inputs?: readonly string[];
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

// Each runCli call has its own run, even when two are in flight (handlers are async): no module-level mutable state.
const runs = new AsyncLocalStorage<CliRun>();

export function startRun<T>(io: CliIo, body: (run: CliRun) => Promise<T>): Promise<T> {
  const run: CliRun = { io, quiet: false, verbose: false };
  return runs.run(run, () => body(run));
}

/** The run in progress (the process's streams outside runCli). */
export function currentRun(): CliRun {
  return runs.getStore() ?? { io: processIo, quiet: false, verbose: false };
}

/** Writes to standard output of the run in progress. */
export function writeOut(text: string): void {
  currentRun().io.stdout.write(text);
}

/** Writes to standard error of the run in progress (notes such as `wrote FILE`; errors go through reportError). */
export function writeErr(text: string): void {
  currentRun().io.stderr.write(text);
}

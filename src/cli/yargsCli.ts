// The command line parsed by yargs: every command line quickArgs.ts leaves to it, --help and usage errors (loaded only then).
import { createRequire } from 'node:module';
import yargs, { type CommandModule } from 'yargs';
import type { CliIo } from './io.js';
import { UsageError } from './reportError.js';
import { GLOBAL_OPTIONS } from './quickArgs.js';

/** The package's version (yargs would guess it from the main module, which is the test runner when run in-process); by the package's own name, so the bundle finds it too. */
const { version } = createRequire(import.meta.url)('backprop-tex/package.json') as { version: string };

/** yargs' own hook on the help it renders (not in its public types). */
interface WithUsage { getInternalMethods(): { getUsageInstance(): { cacheHelpMessage: () => void } } }

/**
 * yargs renders a command's whole help each time its handler starts, kept in case the handler calls showHelp(); none
 * of ours does (a usage error throws through .fail), and the rendering cost more than deriving Mazur's network.
 */
function withoutHelpCache<T>(y: T): T {
  (y as unknown as WithUsage).getInternalMethods().getUsageInstance().cacheHelpMessage = () => {};
  return y;
}

/** The yargs parser of every command; `settle` runs on the parsed arguments before the command. */
export function parser(io: CliIo, commands: readonly CommandModule<object, never>[], settle: (args: Record<string, unknown>) => void) {
  const y = yargs()
    .scriptName('backprop-tex')
    .usage('$0 <command> [options]\n\nSymbolic backpropagation derivations, printed as lecture-ready LaTeX.')
    .command(commands as CommandModule[])
    .options(GLOBAL_OPTIONS)
    .middleware((args) => settle(args))
    .demandCommand(1, 'name a command: derive, verify, table')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(version)
    .wrap(Math.min(100, io.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  return withoutHelpCache(y);
}

// The whole command line as a function: argv in, exit code out, output through the given streams (main.ts passes the process's).
import { createRequire } from 'node:module';
import yargs from 'yargs';
import { deriveCommand } from './commands/derive.js';
import { verifyCommand } from './commands/verify.js';
import { trainCommand } from './commands/train.js';
import { stepCommand } from './commands/step.js';
import { drawCommand } from './commands/draw.js';
import { tableCommand } from './commands/table.js';
import { initCommand } from './commands/init.js';
import { serveCommand } from './commands/serve.js';
import { fillCommand } from './commands/fill.js';
import { worksheetCommand } from './commands/worksheet.js';
import { variantsCommand } from './commands/variants.js';
import { gradeCommand } from './commands/grade.js';
import { processIo, startRun, type CliIo, type CliRun } from './io.js';
import { reportError, UsageError } from './reportError.js';
import { checkOptions, flagsOf } from './optionChecks.js';

/** The package's version (yargs would guess it from the main module, which is the test runner when run in-process); by the package's own name, so the bundle finds it too. */
const { version } = createRequire(import.meta.url)('backprop-tex/package.json') as { version: string };

/**
 * yargs reads a lone '-' as a positional; `--out -` means standard output, so glue it to its flag. A positional '-'
 * (standard input) would reach the command as '': it is passed as /dev/stdin, which reads pipes and files alike.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i]!.startsWith('--') && !argv[i]!.includes('=') && argv[i + 1] === '-') out.push(`${argv[i]}=-`), i++;
    else out.push(argv[i] === '-' ? '/dev/stdin' : argv[i]!);
  }
  return out;
}

/** Runs one command line; resolves to the exit code (0 success, 1 a check failed, 2 bad input or usage, 3 a bug). */
export function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  return startRun(io, async (run) => {
    try {
      let output = '';
      await parser(run, io, argv).parseAsync(joinDashValues(argv), {}, (_err, _args, text) => void (output = text));
      if (output) io.stdout.write(`${output}\n`);
      return run.exitCode ?? 0;
    } catch (err) {
      return reportError(err, run);
    }
  });
}

/** The files a command line reads: its positional FILE or DOCS and --net (init's FILE is what it writes). */
function inputsOf(args: Record<string, unknown>): string[] {
  if ((args._ as unknown[])[0] === 'init') return [];
  return [args.file, args.docs, args.net].flat().filter((p): p is string => typeof p === 'string' && p !== '-');
}

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

function parser(run: CliRun, io: CliIo, argv: readonly string[]) {
  const y = yargs()
    .scriptName('backprop-tex')
    .usage('$0 <command> [options]\n\nSymbolic backpropagation derivations, printed as lecture-ready LaTeX.')
    .command(deriveCommand)
    .command(verifyCommand)
    .command(trainCommand)
    .command(stepCommand)
    .command(drawCommand)
    .command(tableCommand)
    .command(initCommand)
    .command(serveCommand)
    .command(fillCommand)
    .command(worksheetCommand)
    .command(variantsCommand)
    .command(gradeCommand)
    .options({
      quiet: { type: 'boolean', global: true, describe: 'print nothing on success (errors still go to stderr)' },
      verbose: { type: 'boolean', global: true, describe: 'also print where in backprop-tex an error arose' },
    })
    .middleware((args) => {
      checkOptions(args, flagsOf(argv));
      Object.assign(run, { quiet: args.quiet === true, verbose: args.verbose === true, inputs: inputsOf(args) });
    })
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

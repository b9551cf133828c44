#!/usr/bin/env node
// backprop-tex command line: parses arguments with yargs and maps errors to exit codes (2 bad input, 1 failed check).
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { deriveCommand } from './commands/derive.js';
import { verifyCommand } from './commands/verify.js';
import { trainCommand } from './commands/train.js';
import { drawCommand } from './commands/draw.js';
import { tableCommand } from './commands/table.js';
import { initCommand } from './commands/init.js';
import { serveCommand } from './commands/serve.js';
import { reportError, verbosity } from './reportError.js';

/** yargs reads a lone '-' as a positional; `--out -` means standard output, so glue it to its flag. */
function joinDashValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i]!.startsWith('--') && !argv[i]!.includes('=') && argv[i + 1] === '-') out.push(`${argv[i]}=-`), i++;
    else out.push(argv[i]!);
  }
  return out;
}

export async function main(argv: string[]): Promise<void> {
  await yargs(argv)
    .scriptName('backprop-tex')
    .usage('$0 <command> [options]\n\nSymbolic backpropagation derivations, printed as lecture-ready LaTeX.')
    .command(deriveCommand)
    .command(verifyCommand)
    .command(trainCommand)
    .command(drawCommand)
    .command(tableCommand)
    .command(initCommand)
    .command(serveCommand)
    .options({
      quiet: { type: 'boolean', global: true, describe: 'print nothing on success (errors still go to stderr)' },
      verbose: { type: 'boolean', global: true, describe: 'also print where in backprop-tex an error arose' },
    })
    .middleware((args) => {
      Object.assign(verbosity, { quiet: args.quiet === true, verbose: args.verbose === true });
    })
    .demandCommand(1, 'name a command: derive, verify, table')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((msg, err) => {
      if (err) throw err;
      process.stderr.write(`backprop-tex: ${msg}\nRun 'backprop-tex --help' for the options.\n`);
      process.exit(2);
    })
    .parseAsync();
}

main(joinDashValues(hideBin(process.argv))).catch((err: unknown) => {
  process.exitCode = reportError(err);
});

// The whole command line as a function: argv in, exit code out, output through the given streams (main.ts passes the process's).
import type { CommandModule } from 'yargs';
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
import { reportError } from './reportError.js';
import { checkOptions, flagsOf } from './optionChecks.js';
import { quickArgs } from './quickArgs.js';

/** Every command, in --help's order. */
const COMMANDS = [deriveCommand, verifyCommand, trainCommand, stepCommand, drawCommand, tableCommand, initCommand, serveCommand, fillCommand, worksheetCommand, variantsCommand, gradeCommand] as unknown as CommandModule<object, never>[];
/** The commands whose plain command lines quickArgs.ts reads (the ones run most, where start-up is most of the run). */
export const QUICK_COMMANDS = COMMANDS.slice(0, 2);

/**
 * yargs reads a lone '-' as a positional; `--out -` means standard output, so glue it to its flag. A positional '-'
 * (standard input) would reach the command as '': it is passed as /dev/stdin, which reads pipes and files alike.
 */
export function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (/^(?:--[^=]+|-[A-Za-z])$/.test(argv[i]!) && argv[i + 1] === '-') out.push(`${argv[i]}=-`), i++;
    else out.push(argv[i] === '-' ? '/dev/stdin' : argv[i]!);
  }
  return out;
}

/** Runs one command line; resolves to the exit code (0 success, 1 a check failed, 2 bad input or usage, 3 a bug). */
export function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  return startRun(io, async (run) => {
    try {
      const args = joinDashValues(argv);
      const quick = quickArgs(args, QUICK_COMMANDS);
      if (quick) {
        settle(run, quick.args, argv);
        await quick.command.handler(quick.args as never);
        return run.exitCode ?? 0;
      }
      let output = '';
      const { parser } = await import('./yargsCli.js');
      await parser(io, COMMANDS, (parsed) => settle(run, parsed, argv)).parseAsync(args, {}, (_err, _args, text) => void (output = text));
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

/** What every command line passes before its command runs: the option checks, then the run's global flags and inputs. */
function settle(run: CliRun, args: Record<string, unknown>, argv: readonly string[]): void {
  checkOptions(args, flagsOf(argv));
  Object.assign(run, { quiet: args.quiet === true, verbose: args.verbose === true, inputs: inputsOf(args) });
}

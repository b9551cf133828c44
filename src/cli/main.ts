#!/usr/bin/env node
// backprop-tex command line: runs runCli on the process's arguments and streams, and exits with its code.
// `--version` and `--help` alone are answered here without loading yargs: the version from package.json, the help
// from dist/cli/help.txt, which the build writes from yargs' own output (test/perf/startup.test.ts checks they agree).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { refuseWritesToClosedStdout } from './closedStdout.js';

const argv = process.argv.slice(2);

/** The fast answer to a lone --version or --help, or undefined when yargs has to answer (help on a narrow terminal). */
function quickAnswer(): string | undefined {
  if (argv.length !== 1) return undefined;
  try {
    // The package by its own name, so this works from dist/cli and from the bundle in dist/cli/bundle alike.
    if (argv[0] === '--version') return `${(createRequire(import.meta.url)('backprop-tex/package.json') as { version: string }).version}\n`;
    if ((argv[0] === '--help' || argv[0] === '-h') && englishWide()) return readFileSync(new URL('./help.txt', import.meta.url), 'utf8');
  } catch {
    return undefined; // not built with help.txt (tsc alone): yargs answers
  }
  return undefined;
}

/** help.txt is yargs' English help 100 columns wide: a narrower terminal or another language goes to yargs. */
function englishWide(): boolean {
  const env = process.env;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || 'en';
  return /^(en|C\b|POSIX)/.test(locale) && (process.stdout.columns ?? 100) >= 100;
}

// A reader that went away (`| head`) ends the run quietly, as SIGPIPE would; any other write error (a full disk behind
// `> /dev/full`) is an error of one line.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) process.stderr.write(`backprop-tex: cannot write to standard output (${err.code ?? err.message})\n`);
    process.exit(2);
  });
}

refuseWritesToClosedStdout(process.stdout, process.stderr);

const quick = quickAnswer();
if (quick !== undefined) process.stdout.write(quick);
else process.exitCode = await (await import('./run.js')).runCli(argv);

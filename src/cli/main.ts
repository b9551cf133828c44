#!/usr/bin/env node
// backprop-tex command line: runs runCli on the process's arguments and streams, and exits with its code.
// `--version` and `--help` alone are answered here without loading yargs: the version from package.json, the help
// from dist/cli/help.txt, which the build writes from yargs' own output (test/perf/startup.test.ts checks they agree).
import { fstatSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

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

// A stdout closed at start (`backprop-tex … >&-`) is an error, not output lost with exit 0. Node reopens a closed fd 0–2
// as /dev/null, read-write, before any script runs (src/node.cc, PlatformInit), so a write to it succeeds. A shell's
// `> /dev/null` opens it write-only, so /dev/null read-write on fd 1 is taken as closed. Linux only (/proc/self/fdinfo).
// A parent that hands over /dev/null read-write on purpose (Python's subprocess.DEVNULL, Node's stdio 'ignore') looks
// the same: such a caller gets this error only if the command writes to stdout; --out FILE or --quiet avoid it.
const O_ACCMODE = 0o3;
const O_RDWR = 0o2;

/** True when fd 1 is /dev/null opened read-write, as Node leaves a stdout that was closed at start. */
function stdoutWasClosed(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    if (flags === undefined || (parseInt(flags, 8) & O_ACCMODE) !== O_RDWR) return false;
    const [out, devNull] = [fstatSync(1), statSync('/dev/null')];
    return out.isCharacterDevice() && out.rdev === devNull.rdev;
  } catch {
    return false;
  }
}

/** Makes the first write to a closed stdout an error of one line and exit 2, instead of output lost with exit 0. */
function refuseWritesToClosedStdout(stdout: NodeJS.WriteStream, stderr: NodeJS.WriteStream): void {
  if (!stdoutWasClosed()) return;
  stdout.write = (() => {
    stderr.write('backprop-tex: standard output is closed (>&-); the output was not written (use --out FILE, or > /dev/null to discard it)\n');
    process.exit(2);
  }) as typeof stdout.write;
}

refuseWritesToClosedStdout(process.stdout, process.stderr);

const quick = quickAnswer();
if (quick !== undefined) process.stdout.write(quick);
else process.exitCode = await (await import('./run.js')).runCli(argv);

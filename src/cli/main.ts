#!/usr/bin/env node
// backprop-tex command line: runs runCli on the process's arguments and streams, and exits with its code.
import { hideBin } from 'yargs/helpers';
import { runCli } from './run.js';

// A reader that went away (`| head`) ends the run quietly, as SIGPIPE would; any other write error (a full disk behind
// `> /dev/full`) is an error of one line.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) process.stderr.write(`backprop-tex: cannot write to standard output (${err.code ?? err.message})\n`);
    process.exit(2);
  });
}

process.exitCode = await runCli(hideBin(process.argv));

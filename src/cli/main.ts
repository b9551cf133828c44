#!/usr/bin/env node
// backprop-tex command line: runs runCli on the process's arguments and streams, and exits with its code.
import { hideBin } from 'yargs/helpers';
import { runCli } from './run.js';

process.exitCode = await runCli(hideBin(process.argv));

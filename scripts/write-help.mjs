// Writes dist/cli/help.txt: the CLI's top-level --help exactly as yargs prints it 100 columns wide, which
// dist/cli/main.js prints for a lone --help without loading yargs. Run by `npm run build` after tsc.
import { writeFileSync } from 'node:fs';
import { runCli } from '../dist/cli/run.js';

const out = [];
const code = await runCli(['--help'], { stdout: { write: (s) => out.push(s), columns: 100 }, stderr: { write: (s) => process.stderr.write(s) } });
if (code !== 0) throw new Error(`--help exited with ${code}`);
writeFileSync(new URL('../dist/cli/help.txt', import.meta.url), out.join(''));

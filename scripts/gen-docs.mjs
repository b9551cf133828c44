// Writes docs/cli.md from the built CLI's command modules (run `npm run docs` after changing a command's options).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeCli, loadCommandModules, mainHelp } from '../dist/cli/describeCli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'docs', 'cli.md'), await describeCli(await loadCommandModules(), await mainHelp()));
console.log('wrote docs/cli.md');

// docs/cli.md is generated from the yargs command modules; regenerating it must give the committed file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCli, loadCommandModules, mainHelp } from '../../src/cli/describeCli.js';
import { ROOT } from '../helpers/cli.js';

describe('docs/cli.md', () => {
  it('equals a fresh generation from the command modules (run `npm run docs` after changing an option)', async () => {
    const fresh = await describeCli(await loadCommandModules(), await mainHelp());
    expect(fresh).toBe(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8'));
  });

  it('documents every command that run.ts registers, and each has a section', async () => {
    const modules = await loadCommandModules();
    const help = await mainHelp();
    for (const name of modules.keys()) expect(help).toContain(`backprop-tex ${name}`);
    expect(await describeCli(modules, help)).toContain('## `backprop-tex init [file]`');
  });

  it('refuses a command module that run.ts does not register', async () => {
    const modules = await loadCommandModules();
    modules.set('ghost', { command: 'ghost', describe: 'x', handler: () => undefined });
    await expect(describeCli(modules, await mainHelp())).rejects.toThrow(/modules not registered in run.ts: \[ghost\]/);
  });
});

// `npm pack` gives a package that installs into an empty folder and runs `backprop-tex init` and `derive` with no access to the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function sh(command: string, args: string[], cwd: string): string {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 600_000, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('the packed package', () => {
  it('installs from its tarball into a clean folder and runs init, derive and the library', () => {
    const work = mkdtempSync(join(tmpdir(), 'bptex-pack-'));
    sh(NPM, ['pack', '--silent', '--pack-destination', work], ROOT);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'lecture', version: '1.0.0', private: true, type: 'module' }));
    sh(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball!)], app);

    const installed = join(app, 'node_modules', 'backprop-tex');
    expect(existsSync(join(installed, 'schema', 'network.schema.json'))).toBe(true);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'dist', 'playground', 'playground.js'))).toBe(true);

    sh(join(app, 'node_modules', '.bin', 'backprop-tex'), ['init', 'net.yaml', '--shape', '2-2-2', '--seed', '5'], app);
    const starter = readFileSync(join(app, 'net.yaml'), 'utf8');
    expect(starter.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/backprop-tex/schema/network.schema.json');

    const text = sh(join(app, 'node_modules', '.bin', 'backprop-tex'), ['derive', 'net.yaml'], app);
    expect(text).toContain('∂E_total/∂w5');
    expect(readFileSync(join(app, 'out', 'net.tex'), 'utf8')).toContain('\\documentclass');

    writeFileSync(join(app, 'use.mjs'), [
      "import { loadNetwork, derive, emit } from 'backprop-tex';",
      "const json = JSON.parse(emit(derive(loadNetwork('net.yaml')), 'json'));",
      "console.log(typeof json.gradients.w5);",
      "import { createRequire } from 'node:module';",
      "console.log(createRequire(import.meta.url)('backprop-tex/schema.json').title);",
    ].join('\n'));
    expect(sh(process.execPath, ['use.mjs'], app).trim().split('\n')).toEqual(['number', 'backprop-tex network file']);
  }, 600_000);
});

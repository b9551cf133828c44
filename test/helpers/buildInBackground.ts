// Vitest global setup: under `npm test`, runs `npm run build` beside the tests instead of before them; a failed build
// (a type error) fails the run. Why: tsc checks the whole tree on one core for ~17 s on a clean clone while the other
// core idled; the files that need no dist/ (the pdflatex batches) now run meanwhile, the others wait for the build
// (test/helpers/awaitBuild.ts). Outside `npm test` (npx vitest run FILE) nothing is built, as before: build first.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file the build's outcome is written to once it ends ({ status, output }), or '' when nothing is built. */
    buildStatus: string;
  }
}

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export default function setup(project: TestProject): (() => Promise<void>) | undefined {
  if (process.env.npm_lifecycle_event !== 'test') {
    project.provide('buildStatus', '');
    return undefined;
  }
  const statusFile = join(mkdtempSync(join(tmpdir(), 'bptex-build-')), 'status.json');
  project.provide('buildStatus', statusFile);
  const child = spawn(NPM, ['run', 'build', '--silent'], { cwd: project.config.root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (b: Buffer) => void (output += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => void (output += b.toString('utf8')));
  const done = new Promise<number>((resolve) => {
    child.on('error', (err) => {
      output += String(err);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  }).then((status) => {
    writeFileSync(statusFile, JSON.stringify({ status, output }));
    if (status !== 0) process.stderr.write(`\nnpm run build failed (exit ${status}):\n${output}\n`);
    else if (output.trim()) process.stderr.write(`\nnpm run build:\n${output}\n`);
    return status;
  });
  return async () => {
    const status = await done;
    if (status === 0) return;
    // Vitest reports a teardown's error but keeps its exit code: a run whose files all passed must fail all the same.
    process.exitCode = 1;
    throw new Error(`npm run build failed (exit ${status}): the tests that need dist/ did not run`);
  };
}

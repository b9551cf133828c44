// Vitest setup file: a test file waits for the build that test/helpers/buildInBackground.ts runs beside `npm test`
// before its tests start, and fails with the build's output if the build failed. Only the files of NEEDS_NO_BUILD,
// which read nothing from dist/, start at once, while tsc checks the tree.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, inject } from 'vitest';
import { NEEDS_NO_BUILD } from './buildFreeFiles.js';

let built: Promise<void> | undefined;

/** Resolves once the build's outcome is written; rejects with its output when it failed. */
function buildDone(statusFile: string): Promise<void> {
  built ??= new Promise<void>((resolve, reject) => {
    const poll = (): void => {
      if (!existsSync(statusFile)) return void setTimeout(poll, 100);
      const { status, output } = JSON.parse(readFileSync(statusFile, 'utf8')) as { status: number; output: string };
      if (status === 0) resolve();
      else reject(new Error(`npm run build failed (exit ${status}); this file needs dist/:\n${output}`));
    };
    poll();
  });
  return built;
}

// eslint-disable-next-line no-empty-pattern -- vitest reads the first parameter as fixtures; the file is the second
beforeAll(async ({}, file) => {
  const statusFile = inject('buildStatus');
  const path = 'filepath' in file ? String(file.filepath) : '';
  if (!statusFile || NEEDS_NO_BUILD.some((f) => path.endsWith(f))) return;
  await buildDone(statusFile);
}, 600_000);

// The test files that start before `npm test`'s build has ended (test/helpers/awaitBuild.ts) read nothing it writes:
// no built CLI (CLI, UNBUNDLED_CLI, spawnCli), no path into dist/, no command that serves dist/playground or runs latexmk.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEEDS_NO_BUILD } from '../helpers/buildFreeFiles.js';
import { ROOT } from '../helpers/cli.js';

const USES_THE_BUILD = /\b(UNBUNDLED_CLI|CLI|spawnCli)\b|\bdist\b|'serve'|'--pdf'|startPlaygroundServer/;

describe('the files that run beside the build', () => {
  it.each(NEEDS_NO_BUILD)('%s exists and uses nothing the build writes', (file) => {
    expect(existsSync(join(ROOT, file))).toBe(true);
    const uses = readFileSync(join(ROOT, file), 'utf8').split('\n').filter((line) => USES_THE_BUILD.test(line) && !/^\s*(\/\/|\*)/.test(line));
    expect(uses).toEqual([]);
  });
});

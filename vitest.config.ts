// Vitest settings for `npm test`: both cores, and one module graph per worker (no fresh import of mathjs per file).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default on a 2-core machine is a single worker; the second core would idle while a file waits on
    // pdflatex, Chromium or a child process.
    maxWorkers: 2,
    // The test files share no mutable module state (no vi.mock, no stubbed globals; runCli restores the cwd), so a
    // worker keeps its imported modules between files: each file no longer pays ~1 s to import mathjs, zod and yaml.
    isolate: false,
  },
});

// Vitest settings for `npm test`: both cores, one module graph per worker, and the longest files started first.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that take longest (pdflatex batches, child processes, Chromium, npm pack), longest first. Vitest's own
 * order is by the last run's durations, or by file size in a fresh clone (these sit anywhere from 4th to 93rd by
 * size): a long file that starts last leaves one core idle at the end while it finishes. publicCorpus (~20 s of CPU in
 * the worker, its mutation test included) is a small file that a fresh clone ran near the end. The first three need no
 * dist/ (test/helpers/awaitBuild.ts), so they run while `npm test` builds.
 */
const LONGEST = [
  'test/output/everyFixtureCompiles.test.ts',
  'test/output/compileGoldens.test.ts',
  'test/output/renderedPages.test.ts',
  'test/hostile/killDuringWrite.test.ts',
  'test/docs/runnableBlocks.test.ts',
  'test/docs/pack.test.ts',
  'test/perf/startup.test.ts',
  'test/playground/page.test.ts',
  'test/verify/publicCorpus.test.ts',
  'test/perf/verifyJobs.test.ts',
  'test/verify/hostileInput.test.ts',
  'test/output/figureLayout.test.ts',
  'test/fuzz/structures.test.ts',
  'test/teach/worksheet.test.ts',
  'test/verify/mutatedNumbers.property.test.ts',
  'test/hostile/fileErrors.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification): number => {
      const i = LONGEST.findIndex((name) => f.moduleId.endsWith(name));
      return i < 0 ? LONGEST.length : i;
    };
    const sorted = await super.sort(files);
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

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
    // A young generation of 64 MB instead of V8's default 16 MB: the verify and derive tests allocate many short-lived
    // trees, and scavenging them was about a tenth of a worker's CPU (test/verify + test/engine on one worker: ~80 s
    // user+sys CPU before, ~68 s after; 32 and 128 MB measured alike). Only the test workers, not the CLI they spawn.
    execArgv: ['--max-semi-space-size=64'],
    // `npm test` builds beside the tests (tsc checks the tree on one core); the files that need dist/ wait for it. One
    // Chromium serves every browser test file, launched when the first asks.
    globalSetup: ['test/helpers/buildInBackground.ts', 'test/helpers/chromiumServer.ts'],
    setupFiles: ['test/helpers/awaitBuild.ts'],
    sequence: { sequencer: LongestFirst },
  },
});

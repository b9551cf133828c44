// Every module loads mathjs through src/util/mathjs.ts (the number-only build): one instance, so trees from the
// parser, the derivation and verify are instances of the same node classes, and the full build is never loaded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Lines that load the full mathjs build at run time (type-only imports are erased by the compiler). */
function runtimeImports(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /from ['"]mathjs['"]|import\(['"]mathjs['"]\)|require\(['"]mathjs['"]\)/.test(line) && !/^\s*import type /.test(line));
}

describe('mathjs is loaded from one place', () => {
  const files = [...sources('src'), ...sources('bench')];

  it('finds the sources', () => expect(files.length).toBeGreaterThan(100));

  it('no module but the bench baseline imports the full build at run time', () => {
    // The bench's baselines are the full build on purpose: mathjs.derivative, and a process importing mathjs alone.
    const baselines = new Set([join('bench', 'mathjsWorker.ts'), join('bench', 'processRows.ts')]);
    const offenders = files.filter((f) => !baselines.has(f) && runtimeImports(f).length > 0);
    expect(offenders).toEqual([join('src', 'evaluate', 'exact', 'exactValues.ts')]);
  });

  it('derive --exact (Fraction and BigNumber) loads the full build in its own module, imported only under --exact', () => {
    const importers = files.filter((f) => readFileSync(f, 'utf8').includes('exact/exactValues.js'));
    expect(importers).toEqual([join('src', 'train', 'exactListing.ts')]);
    expect(readFileSync(join('src', 'train', 'exactListing.ts'), 'utf8')).toMatch(/await import\('\.\.\/evaluate\/exact\/exactValues\.js'\)/);
  });

});

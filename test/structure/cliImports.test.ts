// The CLI is built on the library API: it imports only the public entry points (src/api.ts; src/api/errors.ts and
// src/api/defaults.ts, light, for errors and --help without loading the pipeline; src/api/derivation.ts, verification.ts, hessian.ts, miniBatch.ts
// and figures.ts, the parts of src/api.ts derive loads on their own), the CLI's own helpers, node: modules and packages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const CLI = join(ROOT, 'src', 'cli');
/** Files allowed to import more (none: verify.ts is on the API too). */
const EXCEPTIONS = new Set<string>();

/** Every import specifier of a file: static, re-exported, dynamic. */
function specifiers(file: string): string[] {
  const text = readFileSync(join(CLI, file), 'utf8');
  return [...text.matchAll(/(?:\bfrom|\bimport\s*\(|^\s*import)\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

/** What a file in cli/ (depth 0) or cli/commands/ (depth 1) may import. */
function allowed(spec: string, depth: number): boolean {
  if (!spec.startsWith('.')) return true; // node: modules and packages (yargs, katex)
  const up = depth === 0 ? '../' : '../../';
  if ([`${up}api.js`, ...['errors', 'defaults', 'derivation', 'hessian', 'miniBatch', 'figures', 'verification'].map((m) => `${up}api/${m}.js`)].includes(spec)) return true;
  const helper = depth === 0 ? /^\.\/(commands\/)?[\w-]+\.js$/ : /^\.\.\/[\w-]+\.js$|^\.\/[\w-]+\.js$/;
  return helper.test(spec);
}

const files = [
  ...readdirSync(CLI).filter((f) => f.endsWith('.ts')).map((f) => [f, 0] as const),
  ...readdirSync(join(CLI, 'commands')).filter((f) => f.endsWith('.ts')).map((f) => [`commands/${f}`, 1] as const),
];

describe('the CLI', () => {
  it.each(files.filter(([f]) => !EXCEPTIONS.has(f)))('%s imports only the API and the CLI\'s own helpers', (file, depth) => {
    expect(specifiers(file).filter((s) => !allowed(s, depth))).toEqual([]);
  });
  it.each([
    ['../../api.js', 1, true],
    ['../writeOutput.js', 1, true],
    ['./train.js', 1, true],
    ['../../train/runTraining.js', 1, false],
    ['../../util/errors.js', 1, false],
    ['../api.js', 0, true],
    ['../api/errors.js', 0, true],
    ['../api/figures.js', 0, true],
    ['../api/train.js', 0, false],
    ['./commands/derive.js', 0, true],
    ['../evaluate/numberPolicy.js', 0, false],
  ] as const)('takes %s from depth %i as allowed: %s', (spec, depth, ok) => {
    expect(allowed(spec, depth)).toBe(ok);
  });
  it('has only the exceptions that still exist', () => {
    for (const file of EXCEPTIONS) expect(files.map(([f]) => f)).toContain(file);
  });
});

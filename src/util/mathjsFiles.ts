// Loads a file of mathjs' CommonJS build by its path under lib/cjs, for the lean instance (mathjsLoader.ts). The CLI
// bundle swaps this module for one that requires each file the instance can load by a static path
// (scripts/bundle-cli.mjs), so the bundled files are resolved once at build time instead of on every run.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** mathjs' CommonJS build (its exports map resolves `mathjs` to lib/cjs/index.js for require). */
const cjs = dirname(require.resolve('mathjs'));

export function loadMathjsFile(file: string): Record<string, unknown> {
  return require(join(cjs, file)) as Record<string, unknown>;
}

/**
 * mathjs' typed.js hands the first instance it sets up in a process the typed-function module's own shared one;
 * a second mathjs in the process (the full build) may hold that one, and parse registering its conversion on it
 * twice fails. So typed.js is loaded here as a private copy that sees a fresh typed-function as the shared one.
 */
export function loadOwnTyped(file: string): Record<string, unknown> {
  const typedPath = join(cjs, file);
  const tfPath = require.resolve('typed-function', { paths: [cjs] });
  const cache = require.cache;
  const saved = [cache[typedPath], cache[tfPath]] as const;
  const fresh = (require(tfPath) as { create(): unknown }).create();
  try {
    delete cache[typedPath];
    cache[tfPath] = { id: tfPath, filename: tfPath, loaded: true, exports: { __esModule: true, default: fresh } } as unknown as NodeJS.Module;
    return require(typedPath) as Record<string, unknown>;
  } finally {
    if (saved[0]) cache[typedPath] = saved[0];
    else delete cache[typedPath];
    if (saved[1]) cache[tfPath] = saved[1];
    else delete cache[tfPath];
  }
}

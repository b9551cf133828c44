// Builds backprop-tex's own mathjs instance with create() from the factories in FACTORIES, loading each
// factory's module from mathjs' CommonJS build only when the instance first needs it (Node.js; the browser
// twin is mathjsLoader.browser.ts). Written by hand because mathjs ships no per-factory entry points: its
// `mathjs/number` entry loads and sets up every function (about 14× the CPU of what the engine uses).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FACTORIES, type FactoryRow } from './mathjsFactories.js';

type Scope = Record<string, unknown>;
type Factory = ((scope: Scope) => unknown) & { fn: string; dependencies: string[] };
type Typed = (...a: unknown[]) => unknown;
interface CreateModule { create(factories: Record<string, Factory>, config?: object): Scope }
interface FactoryModule { factory(name: string, deps: readonly string[], create: (deps: Scope) => unknown, meta?: object): Factory }

const require = createRequire(import.meta.url);
/** mathjs' CommonJS build (its exports map resolves `mathjs` to lib/cjs/index.js for require). */
const cjs = dirname(require.resolve('mathjs'));
const load = <T>(file: string): T => require(join(cjs, file)) as T;

/**
 * mathjs' typed.js hands the first instance it sets up in a process the typed-function module's own shared one;
 * a second mathjs in the process (the full build) may hold that one, and parse registering its conversion on it
 * twice fails. So typed.js is loaded here as a private copy that sees a fresh typed-function as the shared one.
 */
function loadOwnTyped(file: string): Record<string, unknown> {
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

/** The real factory of one row, loaded on first use. */
function realFactory(name: string, row: FactoryRow): (deps: Scope) => unknown {
  const module = name === 'typed' ? loadOwnTyped(row.file) : load<Record<string, unknown>>(row.file);
  const value = module[row.export];
  if (value === undefined) throw new Error(`mathjs has no ${row.export} in ${row.file} (for ${name}): update src/util/mathjsFactories.ts`);
  switch (row.kind) {
    case 'factory':
      return value as Factory;
    case 'number':
      return ({ typed }) => (typed as Typed)(name, value);
    case 'numberOptionalSecond':
      return ({ typed }) => (typed as Typed)(name, { number: value, 'number,number': value });
    case 'noop':
      return () => value;
  }
}

/** A factory that mathjs' create() can register by name and dependencies without its module being loaded yet. */
function lazyFactory(factory: FactoryModule['factory'], name: string, row: FactoryRow): Factory {
  let real: ((deps: Scope) => unknown) | undefined;
  return factory(name, row.dependencies, (deps) => (real ??= realFactory(name, row))(deps), row.meta);
}

/**
 * A fresh instance: its own typed-function and namespace, so it lives beside any other mathjs in the process.
 * create() itself instantiates a factory on first access of its name, so building the instance loads only
 * mathjs' core; parse, derivative and their dependencies load when first called.
 */
export function createLeanMathjs(): Scope {
  const { create } = load<CreateModule>('core/create.js');
  const { factory } = load<FactoryModule>('utils/factory.js');
  const factories = Object.fromEntries(Object.entries(FACTORIES).map(([name, row]) => [name, lazyFactory(factory, name, row)]));
  return create(factories);
}

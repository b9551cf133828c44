// Builds backprop-tex's own mathjs instance with create() from the factories in FACTORIES, loading each
// factory's module from mathjs' CommonJS build only when the instance first needs it (Node.js; the browser
// twin is mathjsLoader.browser.ts). Written by hand because mathjs ships no per-factory entry points: its
// `mathjs/number` entry loads and sets up every function (about 14× the CPU of what the engine uses).
import { FACTORIES, type FactoryRow } from './mathjsFactories.js';
import { loadMathjsFile, loadOwnTyped } from './mathjsFiles.js';

type Scope = Record<string, unknown>;
type Factory = ((scope: Scope) => unknown) & { fn: string; dependencies: string[] };
type Typed = (...a: unknown[]) => unknown;
interface CreateModule { create(factories: Record<string, Factory>, config?: object): Scope }
interface FactoryModule { factory(name: string, deps: readonly string[], create: (deps: Scope) => unknown, meta?: object): Factory }

const load = <T>(file: string): T => loadMathjsFile(file) as T;

/** The real factory of one row, loaded on first use. */
function realFactory(name: string, row: FactoryRow): (deps: Scope) => unknown {
  const module = name === 'typed' ? loadOwnTyped(row.file) : loadMathjsFile(row.file);
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

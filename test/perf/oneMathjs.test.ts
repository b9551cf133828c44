// Every module loads mathjs through src/util/mathjs.ts: one lean instance (only the factories the engine uses),
// so trees from the parser, the derivation and verify share node classes; it answers as mathjs' number build does.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as number from 'mathjs/number';
import { describe, expect, it } from 'vitest';
import { ENGINE_NAMES, FACTORIES } from '../../src/util/mathjsFactories.js';
import { FunctionNode, OperatorNode, SymbolNode, derivative, parse } from '../../src/util/mathjs.js';

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
    const baselines = new Set([join('bench', 'mathjsWorker.ts'), join('bench', 'startupRows.ts')]);
    const offenders = files.filter((f) => !baselines.has(f) && runtimeImports(f).length > 0);
    expect(offenders).toEqual([join('src', 'evaluate', 'exact', 'exactValues.ts')]);
  });

  it('derive --exact (Fraction and BigNumber) loads the full build in its own module, imported only under --exact', () => {
    const importers = files.filter((f) => readFileSync(f, 'utf8').includes('exact/exactValues.js'));
    expect(importers).toEqual([join('src', 'train', 'exactListing.ts')]);
    expect(readFileSync(join('src', 'train', 'exactListing.ts'), 'utf8')).toMatch(/await import\('\.\.\/evaluate\/exact\/exactValues\.js'\)/);
  });

});

type Factory = ((scope: object) => unknown) & { fn: string; dependencies: string[]; meta?: Record<string, boolean> };
const require = createRequire(import.meta.url);
const cjs = dirname(require.resolve('mathjs'));
/** mathjs' number build's own factories by name (the transforms left out, as the lean instance leaves them). */
const numberFactories = new Map(
  Object.values(require(join(cjs, 'factoriesNumber.js')) as Record<string, Factory>)
    .filter((f) => typeof f === 'function' && typeof f.fn === 'string' && !f.meta?.isTransformFunction)
    .map((f) => [f.fn, f]),
);
const SPECIAL = new Set(['math', 'mathWithTransform', 'classes', 'config']);

describe('the lean mathjs instance (src/util/mathjsFactories.ts)', () => {
  it.each(Object.entries(FACTORIES))('%s: its row has mathjs’ dependencies, meta and module', (name, row) => {
    const own = numberFactories.get(name)!;
    expect(own, `mathjs' number build has no ${name}`).toBeDefined();
    expect([...row.dependencies].sort()).toEqual(own.dependencies);
    expect(row.meta).toEqual(own.meta);
    const value = (require(join(cjs, row.file)) as Record<string, unknown>)[row.export];
    if (row.kind === 'factory') expect(value).toBe(own);
    else expect(value, `${row.export} in ${row.file}`).toBeDefined();
  });

  it('holds every name the engine uses and everything those depend on', () => {
    for (const name of ENGINE_NAMES) expect(FACTORIES[name], name).toBeDefined();
    const missing = Object.values(FACTORIES).flatMap((r) => r.dependencies.filter((d) => !d.startsWith('?') && !SPECIAL.has(d) && !FACTORIES[d]));
    expect(missing).toEqual([]);
  });

  it('the browser twin takes the same factories from the number build', () => {
    const text = readFileSync('src/util/mathjsLoader.browser.ts', 'utf8');
    const listed = new Set(text.match(/\bcreate[A-Z]\w*/g));
    const expected = Object.keys(FACTORIES).map((n) => `create${n[0]!.toUpperCase()}${n.slice(1)}`);
    expect([...listed].filter((n) => n !== 'createLeanMathjs').sort()).toEqual([...expected].sort());
  });

  const FORMULAS = [
    '1 / (1 + exp(-x))', 'max(0.01 * x, x)', 'x > 0 ? x : 0.01 * x', 'tanh(x)^2 + sinh(x) * cosh(x)', 'log(1 + exp(x))',
    '(t - o)^2 / 2', '-t * log(o) - (1 - t) * log(1 - o)', 'sqrt(abs(x)) + square(x) - min(x, 2)', 'sin(x) * cos(x) / tan(x) + atan(x)',
    'x >= 1 ? e^x : pi * x', 'x < 1 ? 1 : (x <= 2 ? 2 : 3)', '+x - -x', 'not (x > 1) ? 1 : 2', 'log(x, 2)',
  ];

  it.each(FORMULAS)('parses, evaluates and differentiates %s as mathjs’ number build does', (text) => {
    const lean = parse(text);
    const full = number.parse(text);
    expect(lean.toString()).toBe(full.toString());
    for (const x of [-1.5, 0.3, 2.5]) {
      const scope = { x, t: 0.7, o: 0.2 };
      expect(lean.evaluate(scope)).toEqual(full.evaluate(scope));
    }
    if (text.includes('?') || text.includes('max') || text.includes('min')) return; // mathjs does not differentiate these
    expect(derivative(lean, 'x').toString()).toBe(number.derivative(full, 'x').toString());
    expect(derivative(text, 'x', { simplify: false }).toString()).toBe(number.derivative(text, 'x', { simplify: false }).toString());
  });

  it('its node classes are the ones parse makes, apart from any other mathjs in the process', () => {
    expect(parse('x + 1')).toBeInstanceOf(OperatorNode);
    expect(parse('f(x)')).toBeInstanceOf(FunctionNode);
    expect(number.parse('x')).not.toBeInstanceOf(SymbolNode);
  });
});

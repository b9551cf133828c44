// Bundles the built CLI (dist/cli/main.js) with esbuild into dist/cli/bundle: main.js plus one chunk per part a
// command loads on demand, so a run reads a few files instead of hundreds (yargs, zod, yaml and the pipeline's
// modules). The mathjs files of the lean instance are bundled (each run on first use); mathjs' full build (derive
// --exact) and KaTeX (only for HTML) stay external. Run after tsc and
// scripts/write-help.mjs; package.json's "bin" points here. The bundle sits as deep in dist/ as dist/cli/commands,
// so the paths those modules compute from their own place (the playground, the schema) hold in it too.
import { build } from 'esbuild';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli', 'bundle');

/** zod re-exports every locale as a namespace, which no bundler can drop; the CLI's messages are English. */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (args.importer.includes(join('node_modules', 'zod')) ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-locales' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`, resolveDir: dirname(args.path) }));
  },
};

/**
 * yargs guesses the package's version when it is made (run.ts then sets ours) by reading every directory from its own
 * module's up to the first with a package.json. Bundled, its module is not under node_modules, so it starts from the
 * working directory: a run in /tmp read /tmp's tens of thousands of names (a quarter of a derive). It starts from the
 * bundle instead (the package's own package.json, four small directories up); the build fails if the shim changes.
 */
const YARGS_SHIM = 'mainFilename: mainFilename || process.cwd(),';
const yargsFromBundle = {
  name: 'yargs-from-bundle',
  setup(b) {
    b.onLoad({ filter: /yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(YARGS_SHIM)) throw new Error(`${args.path}: no '${YARGS_SHIM}' to change (update scripts/bundle-cli.mjs)`);
      return { contents: text.replace(YARGS_SHIM, 'mainFilename: mainFilename || __dirname,'), resolveDir: dirname(args.path) };
    });
  },
};

/**
 * string-width (yargs' help layout; three versions in node_modules) makes an Intl.Segmenter and, in version 8, an
 * RGI_Emoji regular expression when it is imported: each loads ICU data, 20–90 ms of every start-up together, though
 * only help text and error messages measure widths. Each is made on its first use instead (the module only calls
 * these methods on them; the build fails if that changes).
 */
const LAZY = [['segmenter', ['segment'], true], ['rgiEmojiRegex', ['test'], false]];
function lazyConsts(path, text) {
  let out = text;
  for (const [name, methods, required] of LAZY) {
    const decl = new RegExp(`^const ${name} = (.+);$`, 'm');
    const found = out.match(decl);
    if (!found) {
      if (required) throw new Error(`${path}: no 'const ${name} = …;' to make lazy (update scripts/bundle-cli.mjs)`);
      continue;
    }
    const code = out.replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
    const uses = [...code.matchAll(new RegExp(`\\b${name}\\b(\\.\\w+)?`, 'g'))].slice(1);
    if (uses.some((u) => !methods.includes(u[1]?.slice(1)))) throw new Error(`${path}: ${name} is used other than through ${methods.join(', ')} (update scripts/bundle-cli.mjs)`);
    const calls = methods.map((m) => `${m}: (...a) => (${name}Made ??= ${found[1]}).${m}(...a)`).join(', ');
    out = out.replace(decl, () => `let ${name}Made; const ${name} = { ${calls} };`);
  }
  return out;
}
const lazyIcu = {
  name: 'lazy-icu',
  setup(b) {
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, (args) => ({ contents: lazyConsts(args.path, readFileSync(args.path, 'utf8')), loader: 'js' }));
  },
};

/**
 * mathjs' files, bundled: dist/util/mathjsFiles.js (which requires a file of mathjs' CommonJS build by a computed
 * path) becomes a table of static requires of every file the lean instance may load, so esbuild bundles them, each
 * still run only on its first require, and a run resolves no paths (Node's resolution was a third of the
 * instance's load). The bundle's typed-function is its own copy, which no mathjs loaded from node_modules (derive
 * --exact's full build) shares, so typed.js needs no private copy here.
 */
const { FACTORIES } = await import(join(root, 'dist', 'util', 'mathjsFactories.js'));
const mathjsCjs = join(root, 'node_modules', 'mathjs', 'lib', 'cjs');
const mathjsFiles = [...new Set(['core/create.js', 'utils/factory.js', ...Object.values(FACTORIES).map((r) => r.file)])].sort();
const bundledMathjs = {
  name: 'bundled-mathjs',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]util[\\/]mathjsFiles\.js$/ }, () => ({
      contents: [
        'const FILES = {',
        ...mathjsFiles.map((f) => `  ${JSON.stringify(f)}: () => require(${JSON.stringify(`./${f}`)}),`),
        '};',
        'export function loadMathjsFile(file) {',
        '  const load = Object.hasOwn(FILES, file) ? FILES[file] : undefined;',
        "  if (!load) throw new Error(`mathjs file ${file} is not in the bundle: rebuild it (scripts/bundle-cli.mjs)`);",
        '  return load();',
        '}',
        'export const loadOwnTyped = loadMathjsFile;',
      ].join('\n'),
      resolveDir: mathjsCjs,
      loader: 'js',
    }));
  },
};

/**
 * zod and the schemas (dist/definition/zodSchemas.js) go to a CommonJS file of their own, zod-schemas.cjs, which the
 * bundle requires on the first zodSchemas() call only: a file plainSpec.ts reads (most) never loads zod.
 */
const ZOD_SCHEMAS = 'zod-schemas.cjs';
const lazyZodSchemas = {
  name: 'lazy-zod-schemas',
  setup(b) {
    b.onResolve({ filter: /^\.\/zod-schemas\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /[\\/]dist[\\/]definition[\\/]zodSchemas\.js$/ }, () => ({
      contents: `let made; export function zodSchemas() { return (made ??= require(${JSON.stringify(`./${ZOD_SCHEMAS}`)}).zodSchemas()); }`,
      loader: 'js',
    }));
  },
};

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'dist', 'definition', 'zodSchemas.js')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: join(out, ZOD_SCHEMAS),
  plugins: [zodEnglishOnly],
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
await build({
  // the worker threads of a verify of several documents (dist/cli/verifyWorker.js) load the bundle's chunks too
  entryPoints: { main: join(root, 'dist', 'cli', 'main.js'), verifyWorker: join(root, 'dist', 'cli', 'verifyWorker.js') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: out,
  chunkNames: 'chunk-[hash]',
  external: ['mathjs', 'katex'],
  // Bundled CommonJS (yargs' helpers) calls require: give the ESM bundle one.
  banner: { js: "import { createRequire as __bptexRequire } from 'node:module'; const require = __bptexRequire(import.meta.url);" },
  plugins: [zodEnglishOnly, lazyIcu, bundledMathjs, yargsFromBundle, lazyZodSchemas],
  legalComments: 'none',
  // Whitespace and syntax only (names kept for --verbose): V8 parses a third less source on every start.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
copyFileSync(join(root, 'dist', 'cli', 'help.txt'), join(out, 'help.txt'));

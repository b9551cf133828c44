// Bundles the playground (src/playground) with esbuild into dist/playground: index.html, playground.js, playground.css.
// Run after tsc (it reads KaTeX's CSS with inlined fonts through dist/cli/katexCss.js). Nothing is fetched at run time.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readKatexCss } from '../dist/cli/katexCss.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'playground');
const production = !process.argv.includes('--dev');

/** The library's two node: imports serve file access, which a page has not: basename works, reading a file throws. */
const nodeStubs = {
  name: 'node-stubs',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, (args) => {
      if (args.path === 'node:path') return { contents: 'export const basename = (p) => p.split(/[\\\\/]/).pop();' };
      if (args.path === 'node:fs') return { contents: 'const none = () => { throw new Error("a page has no file system: use parseNetwork"); };\nexport const readFileSync = none, statSync = none, openSync = none, fstatSync = none, readSync = none, closeSync = none;' };
      return { errors: [{ text: `${args.path} is not available in the browser bundle` }] };
    });
  },
};

/** The Node.js modules that have a browser twin (package.json's "browser" field, which esbuild applies only to packages). */
const browser = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).browser;
const browserTwins = {
  name: 'browser-twins',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const source = `./${relative(root, join(args.resolveDir, args.path)).split(sep).join('/').replace(/\.js$/, '.ts')}`;
      return browser[source] ? { path: join(root, browser[source]) } : undefined;
    });
  },
};

/** zod re-exports every locale as a namespace, which no bundler can drop (about 200 KiB); the page uses English only. */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (args.importer.includes(`${join('node_modules', 'zod')}`) ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-locales' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`, resolveDir: dirname(args.path) }));
  },
};

mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [join(root, 'src', 'playground', 'main.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: production,
  sourcemap: false,
  legalComments: 'none',
  loader: { '.yaml': 'text' },
  outfile: join(out, 'playground.js'),
  plugins: [browserTwins, nodeStubs, zodEnglishOnly],
  metafile: true,
  logLevel: 'warning',
});
const pageCss = readFileSync(join(root, 'src', 'playground', 'playground.css'), 'utf8');
writeFileSync(join(out, 'playground.css'), `${readKatexCss()}\n${pageCss}`);
copyFileSync(join(root, 'src', 'playground', 'index.html'), join(out, 'index.html'));
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
if (process.argv.includes('--verbose')) console.log(`dist/playground/playground.js: ${(bytes / 1024).toFixed(0)} KiB`);

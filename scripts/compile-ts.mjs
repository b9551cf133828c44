// Compiles src/ into dist/: esbuild writes the JavaScript, file by file, while tsc checks the types and writes the
// declarations (.d.ts) incrementally: `tsc --build` keeps its output and build info in .cache/tsc (type errors still
// fail the build), and each build copies the declarations of today's sources from there into the fresh dist/.
// Why: a full tsc run is ~17 s of one core, ~5 s of it printing JavaScript; esbuild prints it in well under a second
// (tsconfig.json's isolatedModules makes tsc refuse what a file-by-file compiler cannot translate). An unchanged tree
// takes about a second; a changed file re-checks only what depends on it. `rm -rf .cache` forces a full check.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.cache', 'tsc');
const src = join(root, 'src');
const dist = join(root, 'dist');

const tsc = new Promise((resolve) => {
  const child = spawn(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--build', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  child.on('close', (status) => resolve(status ?? 1));
});

/** The TypeScript sources tsconfig.json compiles (src/playground is the playground build's). */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(src, 'playground') ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [relative(src, path)] : [];
  });
}

const files = sources(src);
await build({
  entryPoints: files.map((f) => join(src, f)),
  outdir: dist,
  outbase: src,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
const status = await tsc;
if (status !== 0) process.exit(status);

// Only the declarations of sources that exist today: a deleted source's old output stays in the cache, not in dist/.
for (const file of files) {
  const out = file.replace(/\.ts$/, '.d.ts');
  const from = join(cache, out);
  if (!existsSync(from)) throw new Error(`tsc wrote no ${out} for src/${file}: rm -rf .cache and build again`);
  mkdirSync(dirname(join(dist, out)), { recursive: true });
  copyFileSync(from, join(dist, out));
}

// The folder import graph of src/: which pipeline stage imports which, from the sources. `node scripts/import-graph.mjs` prints it;
// test/structure/importGraph.test.ts fails on an import that runs back up the pipeline, a cycle, or a folder with no place in it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Each stage's place: a stage may import only stages placed before it. The activations and losses are
 * self-contained functions (value, derivative, LaTeX, numeric form; they import only util) that the file
 * format names, so they come before definition although they live in graph/. verify sits beside
 * emit/draw/train: it reads any pipeline stage, and only api, the package entry and the CLI read it.
 */
export const PIPELINE = [
  ['util'],
  ['graph/activations', 'graph/losses'],
  ['definition'],
  ['graph'],
  ['derive'],
  ['evaluate'],
  ['emit', 'draw', 'train'],
  ['verify'],
  ['teach'],
  ['api'],
  ['index', 'cli', 'browser'],
  ['playground'],
];

const RANK = new Map(PIPELINE.flatMap((stages, rank) => stages.map((s) => [s, rank])));

/** The stage of a file under src/: its folder (graph/activations and graph/losses apart), api.ts with api/. */
export function stageOf(file) {
  const parts = file.split(sep).join('/').replace(/\.ts$/, '').split('/');
  if (parts[0] === 'graph' && (parts[1] === 'activations' || parts[1] === 'losses') && parts.length > 2) return `graph/${parts[1]}`;
  return parts[0];
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative specifiers of static imports, re-exports (`export … from`) and dynamic imports; type-only ones count. */
export function importsOf(text) {
  // Only modules: the playground imports example networks (.yaml) that the bundler inlines as text.
  return [...text.matchAll(/(?:\bfrom|\bimport\s*\(|^\s*import)\s*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]).filter((s) => /\.(js|ts)$/.test(s));
}

/** Folder edges: `from → to` with the file imports that make each one. */
export function folderImportGraph(src = join(ROOT, 'src')) {
  const edges = new Map();
  for (const path of sourceFiles(src)) {
    const file = relative(src, path);
    for (const spec of importsOf(readFileSync(path, 'utf8'))) {
      const target = relative(src, resolve(dirname(path), spec).replace(/\.js$/, '.ts'));
      const [from, to] = [stageOf(file), stageOf(target)];
      if (from === to) continue;
      const key = `${from} → ${to}`;
      if (!edges.has(key)) edges.set(key, { from, to, imports: [] });
      edges.get(key).imports.push(`${file} → ${target}`);
    }
  }
  return [...edges.values()].sort((a, b) => (RANK.get(a.from) ?? 99) - (RANK.get(b.from) ?? 99) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** Edges that run back up the pipeline (or sideways between emit, draw and train), and stages with no place. */
export function pipelineViolations(graph) {
  const problems = [];
  for (const { from, to, imports } of graph) {
    for (const stage of [from, to]) if (!RANK.has(stage)) problems.push(`${stage} has no place in the pipeline (scripts/import-graph.mjs): ${imports[0]}`);
    if (RANK.has(from) && RANK.has(to) && RANK.get(to) >= RANK.get(from)) problems.push(`${from} → ${to} runs back up the pipeline: ${imports.join(', ')}`);
  }
  return [...new Set(problems)];
}

/** Cycles between folders, each as `a → b → … → a` (depth-first search over the folder edges). */
export function folderCycles(graph) {
  const next = new Map();
  for (const { from, to } of graph) next.set(from, [...(next.get(from) ?? []), to]);
  const cycles = [];
  const state = new Map();
  const visit = (node, path) => {
    state.set(node, 'open');
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 'open') cycles.push([...path.slice(path.indexOf(to)), to].join(' → '));
      else if (!state.has(to)) visit(to, [...path, to]);
    }
    state.set(node, 'done');
  };
  for (const node of next.keys()) if (!state.has(node)) visit(node, [node]);
  return cycles;
}

export function formatImportGraph(graph) {
  return graph.map(({ from, to, imports }) => `${from} → ${to} (${imports.length})`).join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = folderImportGraph(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(formatImportGraph(graph));
  const problems = [...pipelineViolations(graph), ...folderCycles(graph).map((c) => `cycle: ${c}`)];
  if (problems.length) console.log(`\n${problems.join('\n')}`);
}

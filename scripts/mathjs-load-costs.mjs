// Measures what each mathjs factory of the lean instance costs at load (CPU, fresh processes) and rewrites the
// table in the header of src/util/mathjs.ts. Run after `npm run build`: node scripts/mathjs-load-costs.mjs [runs].
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (rel) => pathToFileURL(join(root, 'dist', rel)).href;
const cpuMs = (u) => (u.user + u.system) / 1000;

/** In a fresh process: the instance's start, then each factory's first use in dependency order (its own cost only). */
async function child() {
  const { FACTORIES } = await import(dist('util/mathjsFactories.js'));
  const { createLeanMathjs } = await import(dist('util/mathjsLoader.js'));
  let c = process.cpuUsage();
  const math = createLeanMathjs();
  const costs = { '(create, mathjs core)': cpuMs(process.cpuUsage(c)) };
  const visit = (name) => {
    if (!FACTORIES[name] || name in costs) return;
    costs[name] = 0;
    for (const d of FACTORIES[name].dependencies) visit(d.replace(/^\?/, ''));
    c = process.cpuUsage();
    void math[name];
    costs[name] = cpuMs(process.cpuUsage(c));
  };
  Object.keys(FACTORIES).forEach(visit);
  process.stdout.write(JSON.stringify(costs));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const spawnCpu = (code) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `${code}; process.stdout.write(JSON.stringify(process.cpuUsage()))`], { cwd: root, encoding: 'utf8' }));

function measure(runs) {
  const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8' })));
  const costs = Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
  const whole = (code) => median(Array.from({ length: runs }, () => cpuMs(spawnCpu(code))));
  const base = whole('');
  const lean = `import { FACTORIES } from '${dist('util/mathjsFactories.js')}'; import { createLeanMathjs } from '${dist('util/mathjsLoader.js')}'; const m = createLeanMathjs(); for (const k in FACTORIES) void m[k]`;
  const totals = { 'full build': whole("await import('mathjs')") - base, 'number build': whole("await import('mathjs/number')") - base, 'lean, every factory': whole(lean) - base };
  return { costs, totals };
}

function table({ costs, totals }, runs) {
  const cells = Object.entries(costs).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`);
  const lines = [`// Whole processes, CPU above \`node -e 0\`: ${Object.entries(totals).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')} (median of ${runs}).`];
  for (let i = 0; i < cells.length; i += 4) lines.push(`//   ${cells.slice(i, i + 4).map((c) => c.padEnd(28)).join('').trimEnd()}`);
  return lines.join('\n');
}

if (process.argv.includes('--child')) await child();
else {
  const runs = Number(process.argv[2] ?? 7);
  const file = join(root, 'src', 'util', 'mathjs.ts');
  const text = readFileSync(file, 'utf8').replace(/(\/\/ BEGIN LOAD COSTS\n)[\s\S]*?(\/\/ END LOAD COSTS)/, `$1${table(measure(runs), runs)}\n$2`);
  writeFileSync(file, text);
  process.stdout.write(`${text.split('\n').filter((l) => l.startsWith('//')).slice(0, 40).join('\n')}\n`);
}

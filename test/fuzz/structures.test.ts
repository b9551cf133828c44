// Fuzz: network files of random YAML structure with random formulas, and random verify documents, through the whole
// command line in-process: every run ends with exit 0, 1, 2 or 3, no internal error, no stack trace, in one line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';

/** 150 network files and 50 documents in `npm test` (a 2-minute budget for the suite); `npm run fuzz`: 20000, from a new seed. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_RUNS ? Date.now() : 25;
const TIMEOUT = Math.max(60_000, RUNS * 60);
const dir = mkdtempSync(join(tmpdir(), 'bptex-fuzz2-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NAMES = ['x', 'y', 'w', 'w1', 'w_1', 'b', 'h1', 'o1', 'E', 't', 'net_h1', 'constructor', '__proto__', 'toString', 'é', 'a b', ''];
const KEYS = ['inputs', 'targets', 'parameters', 'layers', 'graph', 'output', 'loss', 'activation', 'neurons', 'weights', 'bias', 'learning_rate', 'title', 'notation', 'fixed', 'type', 'expr', 'slope', 'optimizer', 'kink'];
const FUNCTIONS = ['exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'relu', 'abs', 'max', 'min', 'clip', 'step', 'leaky_relu', 'square', 'sin', 'import', 'evaluate'];

/** A formula over the names: calls with any number of arguments, operators, numbers, and now and then a broken piece. */
const { formula } = fc.letrec<{ formula: string }>((tie) => ({
  formula: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...NAMES.slice(0, 10), '0', '2', '0.5', '1e308', '-1', 'pi', 'e'),
    fc.tuple(fc.constantFrom(...FUNCTIONS), fc.array(tie('formula'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(tie('formula'), fc.constantFrom('+', '-', '*', '/', '^', ' > ', '?', ''), tie('formula')).map(([a, o, b]) => `${a} ${o} ${b}`),
    fc.tuple(tie('formula'), fc.constantFrom('(', ')', '[1,2]', '"s"', '!', ';', ',')).map(([a, junk]) => `${a}${junk}`),
  ),
}));

const ONE = ['exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'relu', 'abs', 'step', 'square', 'sin', 'leaky_relu'];
/** A formula the checker accepts (allowed calls with their arity, arithmetic), over the first names and the graph's nodes. */
const { good } = fc.letrec<{ good: string }>((tie) => ({
  good: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('x', 'y', 'w', 'w1', 'b', '2', '0.5', '1e300'),
    fc.tuple(fc.constantFrom(...ONE), tie('good')).map(([f, a]) => `${f}(${a})`),
    fc.tuple(fc.constantFrom('max', 'min'), tie('good'), tie('good')).map(([f, a, b]) => `${f}(${a}, ${b})`),
    fc.tuple(tie('good'), tie('good'), tie('good')).map(([a, b, c]) => `clip(${a}, ${b}, ${c})`),
    fc.tuple(tie('good'), fc.constantFrom('+', '-', '*', '/', '^'), tie('good')).map(([a, o, b]) => `(${a}) ${o} (${b})`),
  ),
}));

/** A value of a network file: numbers (odd ones too), names, formulas, and mappings and lists of them. */
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1e300, 5e-324, 2 ** 53)),
    fc.constantFrom(...NAMES, 'sigmoid', 'tanh', 'relu', 'half-sse', 'cross-entropy', 'softmax', 'custom', null, true),
    formula,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS, ...NAMES), tie('value'), { maxKeys: 4 }),
  ),
}));

const number = fc.oneof(fc.double({ min: -3, max: 3, noNaN: true }), fc.constantFrom(0, 1e300, -1e-300, 40, -800));

/** A graph file whose names and numbers are valid, so its random formulas reach the differentiator and the printers. */
const graphFile = fc.record({
  values: fc.array(number, { minLength: 5, maxLength: 5 }),
  h1: good,
  e: fc.tuple(good, good),
  node: fc.constantFrom('h1', 'constructor', 'net_h1'),
  wild: fc.option(formula, { freq: 5 }),
}).map(({ values: [x, y, w, w1, b], h1, e, node, wild }) => ({
  inputs: { x, y },
  parameters: { w, w1, b },
  graph: { [node]: wild ?? h1, E: `${e[0]} + ${node} * (${e[1]})` },
}));

/** A file of random structure: a skeleton with random parts replaced, added or left out. */
const wildFile = fc.record({
  inputs: fc.dictionary(fc.constantFrom(...NAMES), value, { maxKeys: 3 }),
  parameters: fc.dictionary(fc.constantFrom(...NAMES), fc.oneof(number, value), { maxKeys: 4 }),
  graph: fc.dictionary(fc.constantFrom(...NAMES), formula, { minKeys: 1, maxKeys: 4 }),
  extra: fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 3 }),
  drop: fc.subarray(['inputs', 'parameters', 'graph']),
}).map(({ extra, drop, ...spec }) => {
  const out: Record<string, unknown> = { ...spec, ...extra };
  for (const key of drop) delete out[key];
  return out;
});

export const networkForTest = fc.tuple(fc.oneof({ weight: 3, arbitrary: graphFile }, { weight: 1, arbitrary: wildFile }), fc.boolean())
  .map(([spec, json]) => ({ text: json ? JSON.stringify(spec) : stringify(spec), file: json ? 'net.json' : 'net.yaml' }));

/** Expect the shape of every run: a known exit code, no internal error, no stack trace, an error in one line. */
function expectClean(r: { status: number; stderr: string }, what: string): void {
  expect([0, 1, 2, 3], `${what}\n${r.stderr}`).toContain(r.status);
  expect(r.stderr, what).not.toMatch(/internal error|Maximum call stack|\n\s+at .+:\d+:\d+\)?$/m);
  if (r.status === 2) expect(r.stderr.trim().split('\n').length, `${what}\n${r.stderr}`).toBeLessThanOrEqual(2);
}

describe('random network files', () => {
  it(`derive, train and draw them cleanly (${RUNS} files)`, async () => {
    await fc.assert(
      fc.asyncProperty(networkForTest, fc.constantFrom('derive', 'train', 'draw'), async ({ text, file }, command) => {
        writeFileSync(join(dir, file), text);
        const args = command === 'train' ? ['train', file, '--epochs', '2', '--format', 'txt'] : [command, file, '--out', '-'];
        expectClean(await runCli(args, { cwd: dir }), `${command} of:\n${text}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT);
});

/** Pieces of a lecture document: prose, equations with the network's names and numbers, broken markup. */
const PIECES = [
  '$$w_5^+ = w_5 - \\eta \\frac{\\partial E}{\\partial w_5} = 0.35891648$$', '$net_{h1} = 0.3775$', '\\begin{align}', '\\end{align}',
  '$$\\frac{\\partial E_{total}}{\\partial w_5} = 0.082167041$$', '$out_{h1} = \\frac{1}{1+e^{-net_{h1}}} = 0.593269992$',
  '$$', '$', '\\[', '\\]', '{', '}', '\\frac{', '\\delta_{o1} = -0.138498562', 'E = 0.298371109', '```', '# Heading', '\n', '\n\n',
  '= 1e400', '= NaN', '\\input{x}', '<script>', 'w5 = 0.4', '0.', '\\sigma(', '∂E/∂w5 = 0.0821', '&=', '\\\\',
];
const document = fc.tuple(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 24 }), fc.constantFrom('md', 'tex', 'txt'))
  .map(([pieces, ext]) => ({ text: pieces.join(' '), file: `doc.${ext}` }));

describe('random documents given to verify', () => {
  // a third as many: corruptInputs.test.ts verifies 150 corrupted documents as well
  it(`are judged cleanly against Mazur's network (${Math.ceil(RUNS / 3)} documents)`, async () => {
    const net = join(ROOT, 'fixtures', 'mazur-2-2-2.yaml');
    await fc.assert(
      fc.asyncProperty(document, async ({ text, file }) => {
        writeFileSync(join(dir, file), text);
        expectClean(await runCli(['verify', file, '--net', net], { cwd: dir }), `verify of:\n${text}`);
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  }, TIMEOUT);
});

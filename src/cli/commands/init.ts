// `backprop-tex init [FILE]`: writes a starter network file (Mazur-style names, seeded weights) from a shape like 2-2-2.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { mulberry32 } from '../../util/random.js';

const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'] as const;
const LOSSES = ['half-sse', 'sse', 'mse'] as const;
const NOTATIONS = ['mazur', 'layered', 'comp9444', 'tartu', 'plain'] as const;
const MAX_UNITS = 10_000;

export interface StarterOptions {
  shape: number[];
  activation: (typeof ACTIVATIONS)[number];
  notation: (typeof NOTATIONS)[number];
  loss: (typeof LOSSES)[number];
  lr: number;
  seed: number;
  /** Path written after `$schema=` in the yaml-language-server line. */
  schema: string;
}

interface InitArgs {
  file: string;
  shape: string;
  activation: StarterOptions['activation'];
  notation: StarterOptions['notation'];
  loss: StarterOptions['loss'];
  lr: number;
  seed?: number;
  stdout: boolean;
  force: boolean;
}

/** Parses `2-2-2` into layer sizes: at least an input and an output layer, each of 1..10000 units. */
export function parseShape(shape: string): number[] {
  const sizes = shape.split('-').map((s) => (/^\d+$/.test(s.trim()) ? Number(s) : NaN));
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_UNITS)) {
    throw new RangeError(`--shape takes layer sizes like 2-2-2 (inputs-hidden-…-outputs), each from 1 to ${MAX_UNITS}; got '${shape}'`);
  }
  return sizes;
}

/** Two decimals, as a lecturer would write them on a slide. */
const twoDecimals = (x: number): string => (Math.round(x * 100) / 100).toFixed(2);

/** Unit ids per layer: i1.. for inputs, h1.. across hidden layers, o1.. for outputs. */
function unitIds(shape: number[]): string[][] {
  let hidden = 0;
  return shape.map((n, l) => Array.from({ length: n }, (_, k) => {
    if (l === 0) return `i${k + 1}`;
    if (l === shape.length - 1) return `o${k + 1}`;
    return `h${++hidden}`;
  }));
}

/** The starter file's YAML text: weights w1.. in Mazur's order (neuron by neuron), one shared bias per layer. */
export function starterNetwork(o: StarterOptions): string {
  const random = mulberry32(o.seed);
  const units = unitIds(o.shape);
  const weight = (): string => twoDecimals(random() - 0.5);
  const inputs = units[0]!.map((id) => `${id}: ${twoDecimals(0.05 + 0.9 * random())}`);
  const targets = units.at(-1)!.map((id) => `${id}: ${twoDecimals(0.05 + 0.9 * random())}`);
  const params: string[] = [];
  const biases: string[] = [];
  const layers: string[] = [];
  let w = 0;
  for (let l = 1; l < units.length; l++) {
    const bias = `b${l}`;
    const neurons = units[l]!.map((id) => {
      const weights = units[l - 1]!.map((src) => (params.push(`  w${++w}: ${weight()}`), `w${w}: ${src}`));
      return `      ${id}: { weights: { ${weights.join(', ')} }, bias: ${bias} }`;
    });
    biases.push(`  ${bias}: ${weight()}`);
    layers.push(`  - name: ${l === units.length - 1 ? 'output' : `hidden${units.length > 3 ? ` ${l}` : ''}`}`, `    activation: ${o.activation}`, '    neurons:', ...neurons);
  }
  return [
    `# yaml-language-server: $schema=${o.schema}`,
    `# Starter network written by backprop-tex init --shape ${o.shape.join('-')} --seed ${o.seed}; edit the numbers freely.`,
    `title: A ${o.shape.join('-')} network`,
    `notation: ${o.notation}`,
    `inputs: { ${inputs.join(', ')} }`,
    `targets: { ${targets.join(', ')} }`,
    'parameters:', ...params, ...biases,
    'layers:', ...layers,
    `loss: ${o.loss}`,
    `learning_rate: ${o.lr}`,
    '',
  ].join('\n');
}

/** The package's schema file, relative to where the starter file is written (so editors find it offline). */
function schemaPathFor(target: string | undefined): string {
  const schema = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schema', 'network.schema.json');
  const rel = relative(target === undefined ? process.cwd() : dirname(resolve(target)), schema).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export const initCommand: CommandModule<object, InitArgs> = {
  command: 'init [file]',
  describe: 'write a starter network file from a shape such as 2-2-2, with seeded random weights',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', default: 'network.yaml', describe: 'file to write' })
      .options({
        shape: { type: 'string', default: '2-2-2', describe: 'layer sizes, inputs-hidden-…-outputs' },
        activation: { choices: ACTIVATIONS, default: 'sigmoid' as const, describe: 'activation of every layer' },
        notation: { choices: NOTATIONS, default: 'mazur' as const, describe: 'how quantities are named in the output' },
        loss: { choices: LOSSES, default: 'half-sse' as const, describe: 'loss function' },
        lr: { type: 'number', default: 0.5, describe: 'learning rate η' },
        seed: { type: 'number', describe: 'seed for the inputs, targets and weights (default: random, printed in the file)' },
        stdout: { type: 'boolean', default: false, describe: 'print the file instead of writing it' },
        force: { type: 'boolean', default: false, describe: 'overwrite an existing file' },
      })
      .example('$0 init net.yaml --shape 2-2-2 --seed 1', 'a Mazur-style 2-2-2 network with reproducible weights')
      .example('$0 init deep.yaml --shape 3-4-4-1 --activation tanh --loss mse', 'two hidden layers of tanh units') as unknown as Argv<InitArgs>,
  handler: async (args: ArgumentsCamelCase<InitArgs>) => {
    const { parseNetwork } = await import('../../api.js');
    const { InputError } = await import('../../util/errors.js');
    const { writeFileAtomic } = await import('../writeOutput.js');
    if (args.seed !== undefined && !Number.isSafeInteger(args.seed)) throw new RangeError('--seed takes a whole number');
    if (!Number.isFinite(args.lr)) throw new RangeError('--lr takes a finite number');
    const seed = args.seed ?? Math.floor(Math.random() * 2 ** 31);
    const text = starterNetwork({ ...args, shape: parseShape(args.shape), seed, schema: schemaPathFor(args.stdout ? undefined : args.file) });
    parseNetwork(text, args.file); // the starter must load; a failure here is a bug in init
    if (args.stdout) {
      process.stdout.write(text);
      return;
    }
    if (existsSync(args.file) && !args.force) throw new InputError('the file exists; not overwriting it (use --force)', { file: args.file });
    writeFileAtomic(args.file, text, { force: true });
    if (!(args.quiet as boolean | undefined)) process.stderr.write(`wrote ${join(args.file)}\n`);
  },
};

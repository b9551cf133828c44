// `backprop-tex init [FILE]`: writes a starter network file (Mazur-style names, seeded weights) from a shape like 2-2-2.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { StarterOptions } from '../../api.js';
import { writeErr, writeOut } from '../io.js';
import { learningRateFrom, learningRateOptions, type LearningRateArgs } from '../options.js';

interface InitArgs extends LearningRateArgs {
  file: string;
  shape: string;
  activation: StarterOptions['activation'];
  notation: StarterOptions['notation'];
  loss: StarterOptions['loss'];
  seed?: number;
  stdout: boolean;
  force: boolean;
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
  // The choices come from the registries, which load mathjs: imported when `init` runs, so `--help` stays quick.
  builder: async (y: Argv) => {
    const { NOTATIONS, STARTER_ACTIVATIONS, STARTER_LOSSES } = await import('../../api.js');
    return y
      .positional('file', { type: 'string', default: 'network.yaml', describe: 'file to write' })
      .options({
        shape: { type: 'string', default: '2-2-2', describe: 'layer sizes, inputs-hidden-…-outputs' },
        activation: { choices: STARTER_ACTIVATIONS, default: 'sigmoid' as const, describe: 'activation of every layer' },
        notation: { choices: NOTATIONS, default: 'mazur' as const, describe: 'how quantities are named in the output' },
        loss: { choices: STARTER_LOSSES, default: 'half-sse' as const, describe: 'loss function' },
        ...learningRateOptions('learning rate η', 0.5),
        seed: { type: 'number', describe: 'seed for the inputs, targets and weights (default: random, printed in the file)' },
        stdout: { type: 'boolean', default: false, describe: 'print the file instead of writing it' },
        force: { type: 'boolean', default: false, describe: 'overwrite an existing file' },
      })
      .example('$0 init net.yaml --shape 2-2-2 --seed 1', 'a Mazur-style 2-2-2 network with reproducible weights')
      .example('$0 init deep.yaml --shape 3-4-4-1 --activation tanh --loss mse', 'two hidden layers of tanh units') as unknown as Argv<InitArgs>;
  },
  handler: async (args: ArgumentsCamelCase<InitArgs>) => {
    const { parseNetwork, parseShape, starterNetwork, InputError } = await import('../../api.js');
    const { writeFileAtomic } = await import('../writeOutput.js');
    const learningRate = learningRateFrom(args)!;
    if (args.seed !== undefined && !Number.isSafeInteger(args.seed)) throw new RangeError('--seed takes a whole number');
    if (!Number.isFinite(learningRate)) throw new RangeError('--lr takes a finite number');
    const seed = args.seed ?? Math.floor(Math.random() * 2 ** 31);
    const text = starterNetwork({ ...args, learningRate, shape: parseShape(args.shape), seed, schema: schemaPathFor(args.stdout ? undefined : args.file) });
    parseNetwork(text, args.file); // the starter must load; a failure here is a bug in init
    if (args.stdout) {
      writeOut(text);
      return;
    }
    if (existsSync(args.file) && !args.force) throw new InputError('the file exists; not overwriting it (use --force)', { file: args.file });
    writeFileAtomic(args.file, text, { force: true, sign: false });
    if (!(args.quiet as boolean | undefined)) writeErr(`wrote ${join(args.file)}\n`);
  },
};

// `backprop-tex train FILE`: trains for N epochs (or sweeps η) and writes the table, the error curve and the update equations.
import { basename, join } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { runWatched, watchOptions, type WatchArgs } from '../watch.js';
import type { TrainingOptions } from '../../api.js';
import { currentRun, writeErr, writeOut } from '../io.js';
import { createProgress } from '../progress.js';
import { optimizerChoiceFrom, optimizerOptions, type OptimizerArgs } from '../optimizerOptions.js';
import { learningRateFrom, learningRateOptions, limitOptions, limitsFromArgs, numberOptions, policyFromArgs, type LearningRateArgs, type LimitArgs, type NumberArgs } from '../options.js';

interface TrainArgs extends NumberArgs, LimitArgs, LearningRateArgs, WatchArgs, OptimizerArgs {
  file: string;
  epochs: number;
  first?: number;
  last?: number;
  show?: string;
  'explain-step'?: number;
  'batch-size'?: number;
  shuffle?: boolean;
  seed?: number;
  format: 'txt' | 'csv' | 'tex' | 'json';
  'out-dir': string;
  log: boolean;
  every?: number;
  param?: string;
  'sweep-lr'?: string;
  'sweep-plot': 'error' | 'path';
  force: boolean;
  quiet: boolean;
}

export const trainCommand: CommandModule<object, TrainArgs> = {
  command: 'train <file>',
  describe: 'train a network for N epochs and write the error table, the error curve and the update equations',
  // The optimizers and their defaults come from train/optimizers: imported when `train` runs, so `--help` stays quick.
  builder: async (y: Argv) => {
    const { OPTIMIZER_IDS, DEFAULT_OPTIMIZER_SETTINGS: d } = await import('../../api.js');
    return y
      .positional('file', { type: 'string', demandOption: true, describe: 'network or graph file (.yaml or .json)' })
      .options({
        epochs: { type: 'number', default: 100, describe: 'number of epochs (one update each; at most 1000000 unless --max-epochs)' },
        'max-epochs': { type: 'number', describe: 'raise the limit of --epochs (default 1000000)' },
        ...learningRateOptions("learning rate η (default: the file's optimizer lr, else its learning_rate)"),
        ...optimizerOptions(OPTIMIZER_IDS, d),
        format: { choices: ['txt', 'csv', 'tex', 'json'] as const, default: 'txt' as const, describe: 'report printed on standard output (csv and json: every parameter, gradient and optimizer state of each shown step)' },
        'out-dir': { type: 'string', alias: 'o', default: 'out', describe: 'where NAME-train.tex, NAME-train.csv and NAME-error.tex (or NAME-sweep.tex) go' },
        log: { type: 'boolean', default: false, describe: 'logarithmic error axis' },
        every: { type: 'number', describe: 'show every k-th epoch (default: about 20 rows; csv without --every/--first/--last: all)' },
        first: { type: 'number', describe: 'show epochs 0 to N' },
        last: { type: 'number', describe: 'show the last N epochs' },
        show: { type: 'string', describe: 'extra txt/tex columns, comma-separated: parameters, gradients, state' },
        'batch-size': { type: 'number', describe: 'online (1) or mini-batch SGD: examples per update, in file order (default: all, one update per epoch)' },
        shuffle: { type: 'boolean', describe: 'with --batch-size: shuffle the examples every epoch' },
        seed: { type: 'number', describe: 'seed of --shuffle (default 1)' },
        'explain-step': { type: 'number', describe: 'which update the equations show (default 1)' },
        param: { type: 'string', describe: 'parameter whose update equations (or sweep path) are shown (default: the first)' },
        'sweep-lr': { type: 'string', describe: 'comma-separated learning rates: one SGD run each, plotted and classified' },
        'sweep-plot': { choices: ['error', 'path'] as const, default: 'error' as const, describe: "the sweep's figure: every η's error on one axis, or --param's path, one axis per η" },
        force: { type: 'boolean', default: false, describe: 'overwrite output files that backprop-tex did not generate' },
        quiet: { type: 'boolean', default: false, describe: 'print nothing on success' },
        ...numberOptions,
        ...limitOptions,
        ...watchOptions,
      })
      .example('$0 train fixtures/mazur-2-2-2.yaml --epochs 10000', 'Mazur’s network, 10,000 rounds of gradient descent')
      .example('$0 train net.yaml --optimizer adam --lr 0.01 --log', 'Adam, log-scaled error curve')
      .example('$0 train net.yaml --optimizer "{type: momentum, momentum: 0.9}" --first 3 --format json', 'the first three momentum steps, every number, as JSON')
      .example('$0 train gd-1d.yaml --sweep-lr 0.1,0.5,1,1.5,2,2.5 --epochs 10', 'what each learning rate does') as unknown as Argv<TrainArgs>;
  },
  handler: async (args: ArgumentsCamelCase<TrainArgs>) => runWatched(args, () => trainOnce(args)),
};

/** One run of train; returns the files it wrote. */
async function trainOnce(args: ArgumentsCamelCase<TrainArgs>): Promise<string[]> {
  const { loadNetwork, train, sweep, InputError } = await import('../../api.js');
  const { writeFileAtomic } = await import('../writeOutput.js');
  const def = loadNetwork(args.file, limitsFromArgs(args));
  const trainable = Object.keys(def.spec.parameters ?? {}).filter((p) => !def.spec.frozen.includes(p));
  if (trainable.length === 0) throw new InputError('the file has no trainable parameter: nothing to train', { file: args.file });
  const base = join(args['out-dir'], basename(args.file).replace(/\.(ya?ml|json)$/i, ''));
  const options = {
    ...optimizerChoiceFrom(args, learningRateFrom(args)), epochs: args.epochs, param: args.param, sweepPlot: args['sweep-plot'],
    policy: policyFromArgs(args), log: args.log, every: args.every, first: args.first, last: args.last,
    columns: columnsFrom(args.show, args.file, InputError), explainStep: args['explain-step'], format: args.format,
    batchSize: args['batch-size'], shuffle: args.shuffle, seed: args.seed,
  };
  if (args['sweep-lr'] !== undefined) {
    const rates = args['sweep-lr'].split(',').map((s) => Number(s.trim()));
    if (rates.some((r) => !Number.isFinite(r))) throw new InputError(`--sweep-lr takes comma-separated numbers, not '${args['sweep-lr']}'`, { file: args.file });
    const result = sweep(def, rates, options);
    writeFileAtomic(`${base}-sweep.tex`, result.document, { force: args.force });
    if (!args.quiet) {
      writeOut(result.lines.join('\n') + '\n');
      writeErr(`wrote ${base}-sweep.tex\n`);
    }
    return [`${base}-sweep.tex`];
  }
  const progress = createProgress(args.epochs, args.quiet, currentRun().io.stderr);
  const result = train(def, { ...options, onProgress: progress.update });
  progress.done();
  writeFileAtomic(`${base}-train.tex`, result.files.document, { force: args.force });
  writeFileAtomic(`${base}-train.csv`, result.files.csv, { force: args.force });
  writeFileAtomic(`${base}-error.tex`, result.files.errorCurve, { force: args.force });
  if (!args.quiet) {
    writeOut(result.table(args.format));
    writeErr(`wrote ${base}-train.tex, ${base}-train.csv, ${base}-error.tex\n`);
  }
  return [`${base}-train.tex`, `${base}-error.tex`];
}

const COLUMN_GROUPS = ['parameters', 'gradients', 'state'] as const;

/** --show parameters,gradients,state → the table's extra column groups. */
function columnsFrom(show: string | undefined, file: string, InputError: new (m: string, l: { file: string }) => Error): (typeof COLUMN_GROUPS)[number][] | undefined {
  if (show === undefined) return undefined;
  const groups = show.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = groups.find((g) => !(COLUMN_GROUPS as readonly string[]).includes(g));
  if (bad !== undefined) throw new InputError(`--show takes ${COLUMN_GROUPS.join(', ')}, not '${bad}'`, { file });
  return groups as (typeof COLUMN_GROUPS)[number][];
}

// `backprop-tex train FILE`: trains for N epochs (or sweeps η) and writes the table, the error curve and the update equations.
import { basename, join } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { limitOptions, limitsFromArgs, numberOptions, policyFromArgs, type LimitArgs, type NumberArgs } from '../options.js';
import { runWatched, watchOptions, type WatchArgs } from '../watch.js';

interface TrainArgs extends NumberArgs, LimitArgs, WatchArgs {
  file: string;
  epochs: number;
  optimizer: 'sgd' | 'momentum' | 'rmsprop' | 'adam';
  lr?: number;
  momentum?: number;
  beta?: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  format: 'txt' | 'csv' | 'tex';
  'out-dir': string;
  log: boolean;
  every?: number;
  param?: string;
  'sweep-lr'?: string;
  force: boolean;
  quiet: boolean;
}

export const trainCommand: CommandModule<object, TrainArgs> = {
  command: 'train <file>',
  describe: 'train a network for N epochs and write the error table, the error curve and the update equations',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'network or graph file (.yaml or .json)' })
      .options({
        epochs: { type: 'number', default: 100, describe: 'number of epochs (one update each)' },
        optimizer: { choices: ['sgd', 'momentum', 'rmsprop', 'adam'] as const, default: 'sgd' as const, describe: 'update rule' },
        lr: { type: 'number', describe: "learning rate η (default: the file's)" },
        momentum: { type: 'number', describe: 'momentum factor a (default 0.9)' },
        beta: { type: 'number', describe: 'RMSprop β (default 0.9)' },
        beta1: { type: 'number', describe: 'Adam β1 (default 0.9)' },
        beta2: { type: 'number', describe: 'Adam β2 (default 0.999)' },
        eps: { type: 'number', describe: 'ε under the square root (default 1e-8)' },
        format: { choices: ['txt', 'csv', 'tex'] as const, default: 'txt' as const, describe: 'table printed on standard output' },
        'out-dir': { type: 'string', default: 'out', describe: 'where NAME-train.tex, NAME-train.csv and NAME-error.tex (or NAME-sweep.tex) go' },
        log: { type: 'boolean', default: false, describe: 'logarithmic error axis' },
        every: { type: 'number', describe: 'show every k-th epoch in the txt/tex table (default: about 20 rows)' },
        param: { type: 'string', describe: 'parameter whose update equations (or sweep path) are shown (default: the first)' },
        'sweep-lr': { type: 'string', describe: 'comma-separated learning rates: one SGD run each, plotted and classified' },
        force: { type: 'boolean', default: false, describe: 'overwrite output files that backprop-tex did not generate' },
        quiet: { type: 'boolean', default: false, describe: 'print nothing on success' },
        ...numberOptions,
        ...limitOptions,
        ...watchOptions,
      })
      .example('$0 train fixtures/mazur-2-2-2.yaml --epochs 10000', 'Mazur’s network, 10,000 rounds of gradient descent')
      .example('$0 train net.yaml --optimizer adam --lr 0.01 --log', 'Adam, log-scaled error curve')
      .example('$0 train gd-1d.yaml --sweep-lr 0.1,0.5,1,1.5,2,2.5 --epochs 10', 'what each learning rate does') as unknown as Argv<TrainArgs>,
  handler: async (args: ArgumentsCamelCase<TrainArgs>) => {
    const { runTrainCommand } = await import('./runTrain.js');
    const base = outputBase(args);
    await runWatched(args, () => {
      runTrainCommand(args);
      return args['sweep-lr'] !== undefined ? [`${base}-sweep.tex`] : [`${base}-train.tex`, `${base}-error.tex`];
    });
  },
};

export type { TrainArgs };
export const outputBase = (args: { file: string; 'out-dir': string }): string => join(args['out-dir'], basename(args.file).replace(/\.(ya?ml|json)$/i, ''));
export { limitsFromArgs, policyFromArgs };

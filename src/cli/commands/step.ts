// `backprop-tex step FILE`: one optimizer step on the file's given gradients, with each update equation's numbers.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { writeOut } from '../io.js';
import { learningRateFrom, learningRateOptions, limitOptions, limitsFromArgs, numberOptions, policyFromArgs, type LearningRateArgs, type LimitArgs, type NumberArgs } from '../options.js';
import { optimizerChoiceFrom, optimizerOptions, type OptimizerArgs } from '../optimizerOptions.js';

interface StepArgs extends NumberArgs, LimitArgs, LearningRateArgs, OptimizerArgs {
  file: string;
  format: 'tex' | 'txt' | 'json';
  quiet: boolean;
}

export const stepCommand: CommandModule<object, StepArgs> = {
  command: 'step <file>',
  describe: "one optimizer step on given gradients (the file's parameters, gradients: and optimizer: with its state and t), with the update equations' numbers",
  builder: async (y: Argv) => {
    const { OPTIMIZER_IDS, DEFAULT_OPTIMIZER_SETTINGS: d } = await import('../../api.js');
    return y
      .positional('file', { type: 'string', demandOption: true, describe: 'step file: parameters, gradients, optimizer (.yaml or .json)' })
      .options({
        ...learningRateOptions("learning rate η (default: the file's optimizer lr, else its learning_rate)"),
        ...optimizerOptions(OPTIMIZER_IDS, d),
        format: { choices: ['tex', 'txt', 'json'] as const, default: 'tex' as const, describe: 'tex: the update equations with numbers; txt: a table; json: every number at full precision' },
        ...numberOptions,
        ...limitOptions,
      })
      .example('$0 step adam-check.yaml', 'the next parameters and m, v of an Adam step from the state in the file')
      .example('$0 step check.yaml --optimizer "{type: rmsprop, beta: 0.99, eps_placement: outside}" --format txt', 'the same gradients through RMSprop') as unknown as Argv<StepArgs>;
  },
  handler: async (args: ArgumentsCamelCase<StepArgs>) => {
    const { loadNetwork, step } = await import('../../api.js');
    const def = loadNetwork(args.file, limitsFromArgs(args));
    const result = step(def, { ...optimizerChoiceFrom(args, learningRateFrom(args)), policy: policyFromArgs(args) });
    if (!args.quiet) writeOut(result.format(args.format));
  },
};

// `backprop-tex table FILE`: the truth table of a network of logic units (AND, OR, XNOR) over 0/1 inputs.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { writeOut } from '../io.js';
import { numberOptions, policyFromArgs, type NumberArgs } from '../options.js';

interface TableArgs extends NumberArgs {
  file: string;
  format: 'txt' | 'md' | 'tex';
  inputs?: string;
}

export const tableCommand: CommandModule<object, TableArgs> = {
  command: 'table <file>',
  describe: 'print the truth table of a network or graph over every 0/1 combination of its inputs',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'network file (.yaml or .json)' })
      .options({
        format: { choices: ['txt', 'md', 'tex'] as const, default: 'txt', describe: 'output format' },
        inputs: { type: 'string', describe: 'comma-separated inputs to vary (default: all inputs)' },
        ...numberOptions,
      })
      .example('$0 table fixtures/ceng506-xnor.yaml', 'x1, x2, a1_2, a2_2 and f for 00, 01, 10, 11') as unknown as Argv<TableArgs>,
  handler: async (args: ArgumentsCamelCase<TableArgs>) => {
    const { loadNetwork, truthTableOf } = await import('../../api.js');
    const text = truthTableOf(loadNetwork(args.file), {
      format: args.format,
      inputs: args.inputs?.split(',').map((s) => s.trim()).filter(Boolean),
      policy: policyFromArgs(args),
    });
    writeOut(text);
  },
};

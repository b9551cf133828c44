// `backprop-tex draw FILE`: writes the TikZ figure of a network (or a graph file's computational graph).
import { basename, join } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { runWatched, watchOptions, type WatchArgs } from '../watch.js';
import { checkOutName } from '../outName.js';
import { writeErr, writeOut } from '../io.js';
import { limitOptions, limitsFromArgs, numberOptions, policyFromArgs, type LimitArgs, type NumberArgs } from '../options.js';

interface DrawArgs extends NumberArgs, LimitArgs, WatchArgs {
  file: string;
  out?: string;
  fragment: boolean;
  highlight?: string;
  force: boolean;
  quiet: boolean;
}

export const drawCommand: CommandModule<object, DrawArgs> = {
  command: 'draw <file>',
  describe: 'draw the network (weights on the edges) or the computational graph (on each wire its value above, the gradient it carries back below) in TikZ; labels show at most 4 decimals',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'network or graph file (.yaml or .json)' })
      .options({
        out: { type: 'string', alias: 'o', describe: "output file, or '-' for standard output (default out/NAME-figure.tex)" },
        fragment: { type: 'boolean', default: false, describe: 'only the tikzpicture, to \\input in a document that loads tikz' },
        highlight: { type: 'string', describe: 'highlight the chain rule of this parameter (e.g. w5)' },
        force: { type: 'boolean', default: false, describe: 'overwrite an output file that backprop-tex did not generate' },
        quiet: { type: 'boolean', default: false, describe: 'print nothing on success' },
        ...numberOptions,
        ...limitOptions,
        ...watchOptions,
      })
      .example('$0 draw fixtures/mazur-2-2-2.yaml --highlight w5', 'the network with the path of ∂E/∂w5 in red') as unknown as Argv<DrawArgs>,
  handler: async (args: ArgumentsCamelCase<DrawArgs>) => runWatched(args, () => drawOnce(args)),
};

/** One run of draw; returns the files it wrote. */
async function drawOnce(args: ArgumentsCamelCase<DrawArgs>): Promise<string[]> {
  const { loadNetwork, draw } = await import('../../api.js');
  const { writeFileAtomic } = await import('../writeOutput.js');
  checkOutName(args.out, 'tex', 'draw');
  const content = draw(loadNetwork(args.file, limitsFromArgs(args)), { policy: policyFromArgs(args), highlight: args.highlight, fragment: args.fragment });
  if (args.out === '-') {
    writeOut(content);
    return [];
  }
  const target = args.out ?? join('out', `${basename(args.file).replace(/\.(ya?ml|json)$/i, '')}-figure.tex`);
  writeFileAtomic(target, content, { force: args.force });
  if (!args.quiet) writeErr(`wrote ${target}\n`);
  return [target];
}

// `backprop-tex fill DOC --net FILE`: writes a worksheet's blanks in (values, or formula = numbers = value) and lists those it cannot.
import { readFileSync } from 'node:fs';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { writeErr, writeOut } from '../io.js';
import { InputError } from '../../api/errors.js';

interface FillArgs {
  doc: string;
  net: string;
  out?: string;
  decimals?: number;
  name?: string[];
  force: boolean;
  quiet?: boolean;
}

export const fillCommand: CommandModule<object, FillArgs> = {
  command: 'fill <doc>',
  describe: "write a worksheet's blanks in (?, ???, \\blank{…}, ____ …) from a network, everything else byte for byte",
  builder: (y: Argv) =>
    y
      .positional('doc', { type: 'string', demandOption: true, describe: 'worksheet (.tex, .md or text)' })
      .options({
        net: { type: 'string', demandOption: true, describe: 'network file (.yaml or .json) the sheet is about' },
        out: { type: 'string', alias: 'o', describe: "where to write the filled sheet (default: standard output; '-' too)" },
        decimals: { type: 'number', describe: "decimals of the answers (default: the sheet's own; more where a value would print as 0)" },
        name: { type: 'string', array: true, describe: 'pin a name of the sheet to a quantity of the network: --name a_1=out_h1 (repeatable)' },
        force: { type: 'boolean', default: false, describe: 'overwrite an output file that backprop-tex did not generate' },
      })
      .example('$0 fill sheet.md --net net.yaml --out solutions.md', 'the solution sheet, and on stderr every blank left with its reason') as unknown as Argv<FillArgs>,
  handler: async (args: ArgumentsCamelCase<FillArgs>) => {
    const api = await import('../../api.js');
    if (args.decimals !== undefined && !(Number.isInteger(args.decimals) && args.decimals >= 0 && args.decimals <= 12)) {
      throw new InputError(`--decimals ${args.decimals}: give a whole number from 0 to 12`, { file: '<command line>' });
    }
    const pins = (args.name ?? []).map((pin) => {
      const m = /^([^=]+)=(.+)$/.exec(pin);
      if (!m) throw new InputError(`--name ${pin}: write it as DOCNAME=QUANTITY (a_1=out_h1)`, { file: '<command line>' });
      return { name: m[1]!.trim(), quantity: m[2]!.trim(), source: '<command line>' };
    });
    const text = readFileSync(args.doc, 'utf8');
    const doc = api.derive(api.loadNetwork(args.net));
    const result = api.fill(text, doc, { format: api.formatOfPath(args.doc), file: args.doc, pins, decimals: args.decimals });
    if (args.out === undefined || args.out === '-') writeOut(result.text);
    else (await import('../writeOutput.js')).writeFileAtomic(args.out, result.text, { force: args.force });
    for (const l of result.left) writeErr(`${args.doc}:${l.line}:${l.column}: blank ${l.blank} left: ${l.reason}\n`);
    if (!args.quiet) writeErr(`filled ${result.filled.length} of ${result.filled.length + result.left.length} blanks at ${result.precision.decimals} decimals${args.out && args.out !== '-' ? `; wrote ${args.out}` : ''}\n`);
  },
};

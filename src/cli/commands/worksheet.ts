// `backprop-tex worksheet FILE`: a question sheet with the chosen quantities blanked, and beside it its solution sheet.
import { basename, extname, join } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { checkOutName, formatOfOut } from '../outName.js';
import { writeErr } from '../io.js';
import { InputError } from '../../api/errors.js';

interface WorksheetArgs {
  file: string;
  blank: 'values' | 'chains';
  only?: string;
  format?: 'tex' | 'md' | 'txt' | 'beamer';
  out?: string;
  decimals: number;
  force: boolean;
  quiet?: boolean;
}


export const worksheetCommand: CommandModule<object, WorksheetArgs> = {
  command: 'worksheet <file>',
  describe: 'write a question sheet with forward values, deltas, gradients or updates blanked, and its solution sheet',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'network file (.yaml or .json)' })
      .options({
        blank: { choices: ['values', 'chains'] as const, default: 'values', describe: 'blank each asked line’s value, or everything after its name' },
        only: { type: 'string', describe: 'comma-separated kinds to ask: forward, deltas, gradients, updates (default: all)' },
        format: { choices: ['tex', 'md', 'txt', 'beamer'] as const, describe: 'sheet format (default: from --out, else tex)' },
        out: { type: 'string', alias: 'o', describe: 'question sheet path; the solution is written beside it as NAME-solution.EXT (default: out/NAME-worksheet.EXT)' },
        decimals: { type: 'number', default: 4, describe: 'decimals of the answers' },
        force: { type: 'boolean', default: false, describe: 'overwrite output files that backprop-tex did not generate' },
      })
      .example('$0 worksheet fixtures/mazur-2-2-2.yaml --only gradients,updates --format md', 'out/mazur-2-2-2-worksheet.md and its -solution.md') as unknown as Argv<WorksheetArgs>,
  handler: async (args: ArgumentsCamelCase<WorksheetArgs>) => {
    const api = await import('../../api.js');
    const { writeAll } = await import('./writeAll.js');
    const only = parseOnly(args.only, api.WORKSHEET_CATEGORIES);
    if (!(Number.isInteger(args.decimals) && args.decimals >= 0 && args.decimals <= 12)) throw new InputError(`--decimals ${args.decimals}: give a whole number from 0 to 12`, { file: '<command line>' });
    const format = args.format ?? formatOfOut(args.out, ['tex', 'md', 'txt'] as const) ?? 'tex';
    checkOutName(args.out, format, 'worksheet');
    const doc = api.derive(api.loadNetwork(args.file), { policy: { decimals: args.decimals } });
    const sheet = api.worksheet(doc, { format, blank: args.blank, only });
    const question = args.out ?? join('out', `${basename(args.file).replace(/\.(ya?ml|json)$/i, '')}-worksheet${format === 'beamer' ? '-deck.tex' : `.${format}`}`);
    const solution = solutionPath(question);
    writeAll([[question, sheet.question], [solution, sheet.solution]], args.force);
    if (!args.quiet) writeErr(`wrote ${question} (${sheet.answers.length} blanks) and ${solution}\n`);
  },
};

export function solutionPath(question: string): string {
  const ext = extname(question);
  return `${question.slice(0, question.length - ext.length)}-solution${ext}`;
}

export function parseOnly<T extends string>(only: string | undefined, all: readonly T[]): T[] | undefined {
  if (only === undefined) return undefined;
  const kinds = only.split(',').map((s) => s.trim()).filter(Boolean);
  for (const k of kinds) if (!all.includes(k as T)) throw new InputError(`--only ${k}: name ${all.join(', ')}`, { file: '<command line>' });
  return kinds as T[];
}

// `backprop-tex variants FILE --count N --seed S`: a question and a solution sheet per student, and one answer key for all.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { writeErr } from '../io.js';
import { InputError } from '../../api/errors.js';
import { parseOnly } from './worksheet.js';

interface VariantsArgs {
  file: string;
  count?: number;
  seed: string;
  roster?: string;
  outDir: string;
  format: 'tex' | 'md' | 'txt' | 'beamer';
  blank: 'values' | 'chains';
  only?: string;
  decimals: number;
  grid: number;
  lms?: 'moodle' | 'qti';
  force: boolean;
  quiet?: boolean;
}

export const variantsCommand: CommandModule<object, VariantsArgs> = {
  command: 'variants <file>',
  describe: 'per-student networks with nice random numbers: a question and solution sheet each, and key.csv / key.json',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'network file (.yaml or .json): the shape every variant keeps' })
      .options({
        count: { type: 'number', describe: 'number of variants (students s01, s02, …; default: one per roster line)' },
        seed: { type: 'string', demandOption: true, describe: 'seed: the same seed and student id give the same numbers' },
        roster: { type: 'string', describe: 'CSV of students (a column id, optionally name)' },
        'out-dir': { type: 'string', alias: 'o', default: 'out/variants', describe: 'folder for the sheets and the key' },
        format: { choices: ['tex', 'md', 'txt', 'beamer'] as const, default: 'tex', describe: 'sheet format' },
        blank: { choices: ['values', 'chains'] as const, default: 'values', describe: 'blank each asked line’s value, or everything after its name' },
        only: { type: 'string', describe: 'comma-separated kinds to ask: forward, deltas, gradients, updates (default: all)' },
        decimals: { type: 'number', default: 4, describe: 'decimals of the answers' },
        grid: { type: 'number', default: 0.05, describe: 'parameters are distinct non-zero multiples of this in [-1, 1]' },
        lms: { choices: ['moodle', 'qti'] as const, describe: 'also write quiz.xml (Moodle XML, a cloze question per variant) or quiz-qti.zip (a QTI 2.1 package, an item per variant); with --format md' },
        force: { type: 'boolean', default: false, describe: 'overwrite output files that backprop-tex did not generate' },
      })
      .example('$0 variants fixtures/mazur-2-2-2.yaml --count 40 --seed week3', 'out/variants/s01-question.tex … and key.csv') as unknown as Argv<VariantsArgs>,
  handler: async (args: ArgumentsCamelCase<VariantsArgs>) => {
    const api = await import('../../api.js');
    const { writeAll } = await import('./writeAll.js');
    const students = args.roster ? api.parseRoster(readFileSync(args.roster, 'utf8'), args.roster) : numbered(args.count);
    if (args.count !== undefined && args.roster && args.count !== students.length) throw new InputError(`--count ${args.count} but the roster lists ${students.length} students`, { file: args.roster });
    if (!(args.grid > 0 && args.grid <= 1)) throw new InputError(`--grid ${args.grid}: give a step between 0 and 1`, { file: '<command line>' });
    const only = parseOnly(args.only, api.WORKSHEET_CATEGORIES);
    const list = api.variants(api.loadNetwork(args.file), { seed: args.seed, students, format: args.format, blank: args.blank, only, decimals: args.decimals, grid: args.grid });
    const ext = args.format === 'beamer' ? '.tex' : `.${args.format}`;
    const files: [string, string | Uint8Array][] = list.flatMap((v): [string, string][] => [
      [join(args.outDir, `${v.student.id}-question${ext}`), v.question],
      [join(args.outDir, `${v.student.id}-solution${ext}`), v.solution],
      [join(args.outDir, `${v.student.id}-network.json`), v.network],
    ]);
    files.push([join(args.outDir, 'key.csv'), api.keyCsv(list)], [join(args.outDir, 'key.json'), api.keyJson(list)]);
    if (args.lms) {
      if (args.format !== 'md') throw new InputError(`--lms ${args.lms} reads the Markdown sheets: add --format md`, { file: '<command line>' });
      const title = api.loadNetwork(args.file).spec.title ?? 'Backpropagation';
      files.push(args.lms === 'moodle' ? [join(args.outDir, 'quiz.xml'), api.moodleQuiz(list, title)] : [join(args.outDir, 'quiz-qti.zip'), api.qtiPackage(list, title)]);
    }
    writeAll(files, args.force);
    if (!args.quiet) writeErr(`wrote ${list.length} variants (${list[0]!.answers.length} blanks each) and key.csv, key.json to ${args.outDir}${extname(args.file) ? '' : ''}\n`);
  },
};

function numbered(count: number | undefined): { id: string }[] {
  if (count === undefined) throw new InputError('give --count N or --roster FILE', { file: '<command line>' });
  if (!(Number.isInteger(count) && count >= 1 && count <= 2000)) throw new InputError(`--count ${count}: give a whole number from 1 to 2000`, { file: '<command line>' });
  const width = Math.max(2, String(count).length);
  return Array.from({ length: count }, (_, i) => ({ id: `s${String(i + 1).padStart(width, '0')}` }));
}

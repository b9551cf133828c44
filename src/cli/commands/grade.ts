// `backprop-tex grade ANSWERS… --key DIR/key.csv`: marks returned sheets blank by blank (marks.csv and a feedback file each).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { writeErr } from '../io.js';
import { InputError } from '../../api/errors.js';

interface GradeArgs {
  answers: string[];
  key?: string;
  net?: string;
  sheet?: string;
  out: string;
  ecf: boolean;
  force: boolean;
  quiet?: boolean;
}

type Api = typeof import('../../api.js');

export const gradeCommand: CommandModule<object, GradeArgs> = {
  command: 'grade <answers..>',
  describe: 'mark returned sheets against the key of variants (--key) or a question sheet and its network (--net --sheet)',
  builder: (y: Argv) =>
    y
      .positional('answers', { type: 'string', array: true, demandOption: true, describe: 'filled sheets (.tex, .md, text), or folders of them' })
      .options({
        key: { type: 'string', describe: 'key.csv written by variants (each student’s network is beside it)' },
        net: { type: 'string', describe: 'network file, with --sheet: mark sheets of a question sheet a lecturer wrote' },
        sheet: { type: 'string', describe: 'the question sheet the answers fill in (with --net)' },
        out: { type: 'string', alias: 'o', default: 'marks.csv', describe: 'marks per student and blank; beside it ID-feedback.txt and ID-marked.EXT (the sheet with each verdict)' },
        ecf: { type: 'boolean', default: true, describe: 'credit answers computed correctly from the student’s own earlier wrong answer (--no-ecf: do not)' },
        force: { type: 'boolean', default: false, describe: 'overwrite output files that backprop-tex did not generate' },
      })
      .example('$0 grade returned/ --key out/variants/key.csv', 'marks.csv and returned feedback per student') as unknown as Argv<GradeArgs>,
  handler: async (args: ArgumentsCamelCase<GradeArgs>) => {
    const api = await import('../../api.js');
    const { writeAll } = await import('./writeAll.js');
    if (!args.key === !(args.net && args.sheet)) throw new InputError('give --key DIR/key.csv, or --net FILE with --sheet SHEET', { file: '<command line>' });
    const files = args.answers.flatMap(submissions);
    const keyFor = args.key ? variantKeys(api, args.key) : sheetKey(api, args.net!, args.sheet!);
    const rows = ['student,blank,quantity,mark,credit,answer,expected,line,note'];
    const outputs: [string, string][] = [];
    for (const file of files) {
      const student = basename(file).replace(/(-(question|solution|answers?))?\.[^.]*$/, '');
      const { key, doc, question } = keyFor(student, file);
      const marks = api.gradeSheet(readFileSync(file, 'utf8'), key, doc, { format: api.formatOfPath(file), file, ecf: args.ecf, question });
      for (const m of marks) rows.push([student, m.blank, m.quantity, m.mark, m.credit, m.answer, Number(m.expected.toPrecision(12)), m.line ?? '', m.note ?? ''].map((f) => csv(String(f))).join(','));
      const format = api.formatOfPath(file);
      outputs.push([join(dirname(args.out), `${student}-feedback.txt`), api.feedbackText(student, marks)]);
      outputs.push([join(dirname(args.out), `${student}-marked${extname(file)}`), api.feedbackSheet(readFileSync(file, 'utf8'), marks, format === 'tex' || format === 'md' ? format : 'text')]);
    }
    writeAll([[args.out, `${rows.join('\n')}\n`], ...outputs], args.force);
    if (!args.quiet) writeErr(`marked ${files.length} submissions; wrote ${args.out} and ${outputs.length / 2} feedback files and marked sheets\n`);
  },
};

const csv = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function submissions(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => /\.(tex|md|txt)$/i.test(f)).sort().map((f) => join(path, f));
}

function variantKeys(api: Api, keyFile: string) {
  const [, ...rows] = api.parseCsv(readFileSync(keyFile, 'utf8'), keyFile);
  return (student: string, file: string) => {
    const key = rows.filter((r) => r[0] === student).map((r) => ({ blank: Number(r[1]), quantity: r[2]!, value: Number(r[3]), tolerance: Number(r[5]) }));
    if (key.length === 0) throw new InputError(`no student '${student}' in the key ${keyFile}: name each submission after its student id (s01.md, s01-answers.tex)`, { file });
    const question = readdirSync(dirname(keyFile)).find((f) => f.startsWith(`${student}-question.`));
    return {
      key,
      doc: api.derive(api.loadNetwork(join(dirname(keyFile), `${student}-network.json`)), { policy: { decimals: 4 } }),
      question: question === undefined ? undefined : readFileSync(join(dirname(keyFile), question), 'utf8'),
    };
  };
}

function sheetKey(api: Api, net: string, sheet: string) {
  const doc = api.derive(api.loadNetwork(net));
  const filled = api.fill(readFileSync(sheet, 'utf8'), doc, { format: api.formatOfPath(sheet), file: sheet });
  const key = api.keyOfSheet(filled.filled, filled.precision.decimals);
  const question = readFileSync(sheet, 'utf8');
  return () => ({ key, doc, question });
}

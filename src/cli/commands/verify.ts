// `backprop-tex verify DOC… --net FILE`: checks every equation and number of slide decks, notes or notebooks against a network file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { currentRun, writeErr, writeOut } from '../io.js';
import { learningRateOptions, limitOptions, type LearningRateArgs, type LimitArgs } from '../options.js';
import { createChecker, VERIFY_WORKER, type DocFormat, type DocumentResult, type VerifySettings } from '../verifyFile.js';

interface VerifyArgs extends LearningRateArgs, LimitArgs {
  docs: string[];
  net?: string;
  format: 'txt' | 'json' | 'jsonl';
  annotate?: string;
  explain: boolean;
  name?: string[];
  'min-coverage'?: number;
  strict: boolean;
  'doc-format'?: DocFormat;
  'plain-text'?: 'lines' | 'all' | 'off';
  force: boolean;
  jobs?: number;
}

export const verifyCommand: CommandModule<object, VerifyArgs> = {
  command: 'verify <docs..>',
  describe: 'check the equations and numbers of .tex, .md, text or .ipynb documents against a network file',
  builder: (y: Argv) =>
    y
      .positional('docs', { type: 'string', array: true, demandOption: true, describe: "documents to check (.tex, .md, .ipynb, or text with $…$ math); a quoted glob such as 'week*/*.tex' is expanded" })
      .options({
        net: { type: 'string', describe: 'network file (.yaml or .json) the documents are about (a document may name its own: % backprop-tex: net FILE)' },
        format: { choices: ['txt', 'json', 'jsonl'] as const, default: 'txt' as const, describe: 'report format (jsonl: one JSON object per document and line)' },
        explain: { type: 'boolean', default: false, describe: 'list every name a document writes, the quantity it was read as and the rule that chose it' },
        name: { type: 'string', array: true, describe: 'pin a name of the document to a quantity of the network: --name a_1=out_h1 (repeatable)' },
        'min-coverage': { type: 'number', describe: "exit with 3 when less than this percentage of a document's numbers is judged" },
        strict: { type: 'boolean', default: false, describe: 'count a value cut off instead of rounded (0.672 for 0.6726) as an error: exit 1' },
        annotate: { type: 'string', describe: 'write a copy of the (one) document with a comment after each finding' },
        'doc-format': { choices: ['tex', 'md', 'text', 'ipynb'] as const, describe: 'how to read the documents (default: from each extension)' },
        'plain-text': { choices: ['lines', 'all', 'off'] as const, describe: 'equations written as plain text: in lines that are mostly an equation and in lists, everywhere, or never (default: lines; off in LaTeX, whose equations are all in math)' },
        ...learningRateOptions("learning rate η, overriding the network file's"),
        force: { type: 'boolean', default: false, describe: 'overwrite an --annotate file that backprop-tex did not generate' },
        jobs: { type: 'number', describe: 'documents checked at once, in worker threads (default 1: on a 2-core machine two threads were slower than one); reports stay in document order' },
        ...limitOptions,
      })
      .example('$0 verify slides.md --net fixtures/mazur-2-2-2.yaml', 'list every number and formula that does not match')
      .example('$0 verify week*/slides.tex --net net.yaml --format jsonl', 'many documents, one JSON line each')
      .example('$0 verify notes.tex --net net.yaml --explain --name a_1=out_h1', 'show how each name was read, pin one')
      .example('$0 verify notes.tex --net net.yaml --annotate out/notes.checked.tex', 'also write an annotated copy') as unknown as Argv<VerifyArgs>,
  handler: async (args: ArgumentsCamelCase<VerifyArgs>) => {
    const { InputError } = await import('../../api/verification.js');
    const { expandDocumentArgs } = await import('../expandGlobs.js');
    const docs = await expandDocumentArgs(args.docs);
    if (args.annotate && docs.length > 1) throw new InputError('--annotate writes one copy: name one document', { file: docs[1]! });
    const pins = (args.name ?? []).map((pin) => {
      const m = /^(.+?)=(.+)$/.exec(pin);
      if (!m) throw new InputError(`--name ${pin}: write it as DOCNAME=QUANTITY (a_1=out_h1)`, { file: '<command line>' });
      return { name: m[1]!.trim(), quantity: m[2]!.trim(), source: '<command line>' };
    });
    const settings = settingsOf(args, pins);
    const { check } = await createChecker(settings);
    const outcomes: number[] = [];
    const print = (r: DocumentResult): void => {
      writeOut(r.out);
      writeErr(r.err);
      outcomes.push(r.exitCode);
    };
    const workers = workerCount(docs, args.jobs);
    if (workers > 0) {
      const { checkInOrder } = await import('../workerPool.js');
      await checkInOrder(docs, check, print, { script: VERIFY_WORKER, workerData: settings, workers });
    } else {
      for (const doc of docs) {
        const r = await check(doc);
        writeOut(r.out);
        if (args.annotate) {
          const { writeFileAtomic } = await import('../writeOutput.js');
          const { annotate } = await import('../../api/verification.js');
          writeFileAtomic(args.annotate, annotate(r.text, r.report, r.format), { force: args.force });
        }
        print({ out: '', err: r.err, exitCode: r.exitCode });
      }
    }
    if (docs.length > 1 && args.format === 'txt') writeOut(summary(outcomes));
    // The worst of them: an erratum anywhere, else a document with nothing judged, else clean.
    currentRun().exitCode = outcomes.includes(1) ? 1 : outcomes.includes(3) ? 3 : 0;
  },
};

/**
 * Worker threads a run may start besides this thread: --jobs less one, at most one per other document. The default is
 * none: on the project's 2-core machine, two verify threads (or processes) each ran 1.75× slower than one alone, so 30,
 * 120 small or 8 large documents all took longer with a worker (bench row (j)); --jobs helps where cores are real.
 * None for one document, for standard input (one reader), or where no built worker module is found.
 */
function workerCount(docs: readonly string[], jobs: number | undefined): number {
  const wanted = Math.min(jobs ?? 1, docs.length) - 1;
  if (wanted < 1 || docs.some((d) => d === '-' || d === '/dev/stdin') || !existsSync(fileURLToPath(VERIFY_WORKER))) return 0;
  return wanted;
}

function settingsOf(args: ArgumentsCamelCase<VerifyArgs>, pins: VerifySettings['pins']): VerifySettings {
  const keys = ['net', 'format', 'explain', 'min-coverage', 'strict', 'doc-format', 'plain-text', 'lr', 'eta', 'max-bytes', 'max-aliases', 'max-params'] as const;
  const settings: VerifySettings = { format: args.format, explain: args.explain, pins, annotate: args.annotate !== undefined };
  for (const k of keys) if (args[k] !== undefined) Object.assign(settings, { [k]: args[k] });
  return settings;
}

function summary(outcomes: readonly number[]): string {
  const n = (code: number): number => outcomes.filter((c) => c === code).length;
  return `${outcomes.length} documents: ${n(0)} without an error, ${n(1)} with errors, ${n(3)} with nothing judged\n`;
}

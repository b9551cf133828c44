// `backprop-tex verify DOC… --net FILE`: checks every equation and number of slide decks, notes or notebooks against a network file.
import { basename, dirname, resolve } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { currentRun, writeErr, writeOut } from '../io.js';
import { learningRateFrom, learningRateOptions, limitOptions, limitsFromArgs, type LearningRateArgs, type LimitArgs } from '../options.js';

type DocFormat = 'tex' | 'md' | 'text' | 'ipynb';

interface VerifyArgs extends LearningRateArgs, LimitArgs {
  docs: string[];
  net?: string;
  format: 'txt' | 'json' | 'jsonl';
  annotate?: string;
  explain: boolean;
  name?: string[];
  'min-coverage'?: number;
  'doc-format'?: DocFormat;
  'plain-text'?: 'lines' | 'all' | 'off';
  force: boolean;
}

/** Documents larger than this are refused rather than read (a slide deck is a few hundred kilobytes). */
const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

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
        annotate: { type: 'string', describe: 'write a copy of the (one) document with a comment after each finding' },
        'doc-format': { choices: ['tex', 'md', 'text', 'ipynb'] as const, describe: 'how to read the documents (default: from each extension)' },
        'plain-text': { choices: ['lines', 'all', 'off'] as const, describe: 'equations written as plain text: in lines that are mostly an equation and in lists, everywhere, or never (default: lines; off in LaTeX, whose equations are all in math)' },
        ...learningRateOptions("learning rate η, overriding the network file's"),
        force: { type: 'boolean', default: false, describe: 'overwrite an --annotate file that backprop-tex did not generate' },
        ...limitOptions,
      })
      .example('$0 verify slides.md --net fixtures/mazur-2-2-2.yaml', 'list every number and formula that does not match')
      .example('$0 verify week*/slides.tex --net net.yaml --format jsonl', 'many documents, one JSON line each')
      .example('$0 verify notes.tex --net net.yaml --explain --name a_1=out_h1', 'show how each name was read, pin one')
      .example('$0 verify notes.tex --net net.yaml --annotate out/notes.checked.tex', 'also write an annotated copy') as unknown as Argv<VerifyArgs>,
  handler: async (args: ArgumentsCamelCase<VerifyArgs>) => {
    const api = await import('../../api/verification.js');
    const { InputError } = api;
    const { expandDocumentArgs } = await import('../expandGlobs.js');
    const docs = await expandDocumentArgs(args.docs);
    if (args.annotate && docs.length > 1) throw new InputError('--annotate writes one copy: name one document', { file: docs[1]! });
    const pins = (args.name ?? []).map((pin) => {
      const m = /^(.+?)=(.+)$/.exec(pin);
      if (!m) throw new InputError(`--name ${pin}: write it as DOCNAME=QUANTITY (a_1=out_h1)`, { file: '<command line>' });
      return { name: m[1]!.trim(), quantity: m[2]!.trim(), source: '<command line>' };
    });
    const derivations = new Map<string, ReturnType<typeof api.derive>>();
    const network = (file: string) => {
      if (!derivations.has(file)) derivations.set(file, api.derive(api.loadNetwork(file, limitsFromArgs(args)), { learningRate: learningRateFrom(args) }));
      return derivations.get(file)!;
    };
    const outcomes: number[] = [];
    for (const doc of docs) {
      const text = await readDocument(doc);
      const format = args['doc-format'] ?? api.formatOfPath(doc);
      if (args.annotate && format === 'ipynb') throw new InputError('--annotate cannot write into a notebook; verify its Markdown export instead', { file: doc });
      const nets = { ...(args.net ? { main: network(args.net) } : {}), load: (file: string) => network(resolve(dirname(doc), file)) };
      await api.prepareVerify(text, nets, { format });
      const report = api.verify(text, nets, { format, file: doc, pins, plainText: args['plain-text'] });
      writeOut(api.formatReport(report, { document: doc, network: args.net ? basename(args.net) : '(the networks it names)' }, args.format, { explain: args.explain }));
      if (args.annotate) {
        const { writeFileAtomic } = await import('../writeOutput.js');
        writeFileAtomic(args.annotate, api.annotate(text, report, format), { force: args.force });
      }
      const outcome = api.verifyOutcome(report, args['min-coverage']);
      if (outcome.why) writeErr(`backprop-tex: nothing judged in ${doc}: ${outcome.why}\n`);
      if (outcome.note) writeErr(`backprop-tex: note: ${doc}: ${outcome.note}\n`);
      outcomes.push(outcome.exitCode);
    }
    if (docs.length > 1 && args.format === 'txt') writeOut(summary(outcomes));
    // The worst of them: an erratum anywhere, else a document with nothing judged, else clean.
    currentRun().exitCode = outcomes.includes(1) ? 1 : outcomes.includes(3) ? 3 : 0;
  },
};

/** The document's text, counted as it is read: /dev/zero and endless pipes stop at the limit; '-' is standard input. */
async function readDocument(path: string): Promise<string> {
  const { readInputText } = await import('../../api/verification.js');
  return readInputText(path === '/dev/stdin' ? '-' : path, MAX_DOCUMENT_BYTES, '');
}

function summary(outcomes: readonly number[]): string {
  const n = (code: number): number => outcomes.filter((c) => c === code).length;
  return `${outcomes.length} documents: ${n(0)} without an error, ${n(1)} with errors, ${n(3)} with nothing judged\n`;
}

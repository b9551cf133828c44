// `backprop-tex verify DOC --net FILE`: checks every equation and number of a slide deck or tutorial against a network file.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';

type DocFormat = 'tex' | 'md' | 'text' | 'ipynb';

interface VerifyArgs {
  doc: string;
  net: string;
  format: 'txt' | 'json' | 'jsonl';
  annotate?: string;
  explain: boolean;
  'min-coverage'?: number;
  'doc-format'?: DocFormat;
  eta?: number;
  force: boolean;
}

/** Documents larger than this are refused rather than read (a slide deck is a few hundred kilobytes). */
const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export const verifyCommand: CommandModule<object, VerifyArgs> = {
  command: 'verify <doc>',
  describe: 'check the equations and numbers of a .tex, .md or text document against a network file',
  builder: (y: Argv) =>
    y
      .positional('doc', { type: 'string', demandOption: true, describe: 'document to check (.tex, .md, or text with $…$ math)' })
      .options({
        net: { type: 'string', demandOption: true, describe: 'network file (.yaml or .json) the document is about' },
        format: { choices: ['txt', 'json', 'jsonl'] as const, default: 'txt' as const, describe: 'report format (jsonl: one JSON object per line)' },
        explain: { type: 'boolean', default: false, describe: 'list every name the document writes, the quantity it was read as and the rule that chose it' },
        'min-coverage': { type: 'number', describe: 'exit with 3 when less than this percentage of the document\'s numbers is judged' },
        annotate: { type: 'string', describe: 'write a copy of the document with a comment after each finding' },
        'doc-format': { choices: ['tex', 'md', 'text', 'ipynb'] as const, describe: 'how to read the document (default: from its extension)' },
        eta: { type: 'number', describe: "learning rate, overriding the network file's" },
        force: { type: 'boolean', default: false, describe: 'overwrite an --annotate file that backprop-tex did not generate' },
      })
      .example('$0 verify slides.md --net fixtures/mazur-2-2-2.yaml', 'list every number and formula that does not match')
      .example('$0 verify notes.tex --net net.yaml --annotate out/notes.checked.tex', 'also write an annotated copy') as unknown as Argv<VerifyArgs>,
  handler: async (args: ArgumentsCamelCase<VerifyArgs>) => {
    const { readFileSync, statSync } = await import('node:fs');
    const { basename } = await import('node:path');
    const { loadNetwork, derive, verify, formatReport, formatOfPath, annotate, verifyOutcome, InputError } = await import('../../api.js');
    const { writeFileAtomic } = await import('../writeOutput.js');

    let text: string;
    try {
      if (statSync(args.doc).size > MAX_DOCUMENT_BYTES) throw new InputError(`document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`, { file: args.doc });
      text = readFileSync(args.doc, 'utf8');
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`cannot read the document (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { file: args.doc });
    }
    const derivation = derive(loadNetwork(args.net), { eta: args.eta });
    const docFormat = args['doc-format'] ?? formatOfPath(args.doc);
    if (args.annotate && docFormat === 'ipynb') throw new InputError('--annotate cannot write into a notebook; verify its Markdown export instead', { file: args.doc });
    const report = verify(text, derivation, { format: docFormat, file: args.doc });
    process.stdout.write(formatReport(report, { document: args.doc, network: basename(args.net) }, args.format, { explain: args.explain }));
    if (args.annotate) writeFileAtomic(args.annotate, annotate(text, report, docFormat), { force: args.force });
    const outcome = verifyOutcome(report, args['min-coverage']);
    if (outcome.why) process.stderr.write(`backprop-tex: nothing judged in ${args.doc}: ${outcome.why}\n`);
    process.exitCode = outcome.exitCode;
  },
};

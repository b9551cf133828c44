// One document of a `verify` run, checked against its networks: the report and notes it prints and its exit code, as
// text, so the command's thread and a worker thread (verifyWorker.ts) check documents alike.
import { basename, dirname, resolve } from 'node:path';
import type { Pin, VerifyReport } from '../api/verification.js';
import { learningRateFrom, limitsFromArgs, type LearningRateArgs, type LimitArgs } from './options.js';

export type DocFormat = 'tex' | 'md' | 'text' | 'ipynb';

/** What every document of a run is checked with: plain data, so a worker thread can be given it. */
export interface VerifySettings extends LearningRateArgs, LimitArgs {
  net?: string;
  format: 'txt' | 'json' | 'jsonl';
  explain: boolean;
  pins: Pin[];
  'min-coverage'?: number;
  /** Truncations count as errors (exit 1). */
  strict?: boolean;
  'doc-format'?: DocFormat;
  'plain-text'?: 'lines' | 'all' | 'off';
  /** An annotated copy is asked for (refused for a notebook). */
  annotate: boolean;
}

/** What a run prints for one document: its report on stdout, notes on stderr, and its exit code. */
export interface DocumentResult {
  out: string;
  err: string;
  exitCode: number;
}

export interface CheckedDocument extends DocumentResult {
  text: string;
  report: VerifyReport;
  format: DocFormat;
}

/** The module of the worker threads that check documents too (verifyWorker.ts): beside this one once built (dist/cli, and the bundle's own); run from TypeScript sources, there is none. */
export const VERIFY_WORKER = new URL('./verifyWorker.js', import.meta.url);

/** Documents larger than this are refused rather than read (a slide deck is a few hundred kilobytes). */
const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export interface Checker {
  check(doc: string): Promise<CheckedDocument>;
  /** Derives the --net network now (a worker does so before it asks for a document); a bad file is left for check to report. */
  warm(): void;
}

/** A checker of documents for these settings; each network file is loaded and derived once, on first use. */
export async function createChecker(settings: VerifySettings): Promise<Checker> {
  const api = await import('../api/verification.js');
  const { InputError } = api;
  const derivations = new Map<string, ReturnType<typeof api.derive>>();
  const network = (file: string): ReturnType<typeof api.derive> => {
    if (!derivations.has(file)) derivations.set(file, api.derive(api.loadNetwork(file, limitsFromArgs(settings)), { learningRate: learningRateFrom(settings) }));
    return derivations.get(file)!;
  };
  const warm = (): void => {
    try {
      if (settings.net) network(settings.net);
    } catch {
      // the first document's check reports it, as a run on one thread does
    }
  };
  const check = async (doc: string): Promise<CheckedDocument> => {
    const text = await api.readInputText(doc === '/dev/stdin' ? '-' : doc, MAX_DOCUMENT_BYTES, '');
    const format = settings['doc-format'] ?? api.formatOfPath(doc);
    if (settings.annotate && format === 'ipynb') throw new InputError('--annotate cannot write into a notebook; verify its Markdown export instead', { file: doc });
    const nets = { ...(settings.net ? { main: network(settings.net) } : {}), load: (file: string) => network(resolve(dirname(doc), file)) };
    await api.prepareVerify(text, nets, { format });
    const report = api.verify(text, nets, { format, file: doc, pins: settings.pins, plainText: settings['plain-text'] });
    const out = api.formatReport(report, { document: doc, network: settings.net ? basename(settings.net) : '(the networks it names)' }, settings.format, { explain: settings.explain });
    const outcome = api.verifyOutcome(report, settings['min-coverage'], settings.strict === true);
    let err = '';
    if (outcome.why) err += `backprop-tex: nothing judged in ${doc}: ${outcome.why}\n`;
    if (outcome.note) err += `backprop-tex: note: ${doc}: ${outcome.note}\n`;
    return { out, err, exitCode: outcome.exitCode, text, report, format };
  };
  return { check, warm };
}


// The library API's verify part, light enough for the `verify` command to load alone: check a document against a network, report, annotate.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { InputError } from '../util/errors.js';
import type { LocatedClaim, VerifyOptions, VerifyReport, VerifySkip, Verdict } from '../verify/verifyDocument.js';
import { annotateDocument } from '../verify/report/annotateDocument.js';
import { formatReport, type ReportFormat } from '../verify/report/formatReport.js';
import { outcomeOf, type Outcome } from '../verify/outcome.js';
import { networksNamed, verifyWithDirectives, type NetworkSource } from '../verify/verifyWithDirectives.js';
import { hasOwnOptimizer, provideOptimizerRules } from '../verify/network/optimizerStepper.js';
import type { Pin } from '../verify/resolve/pins.js';
import { formatOfPath, type DocumentFormat } from '../verify/read/extractEquations.js';

export { loadNetwork, derive } from './network.js';
export { InputError } from './errors.js';
export { readInputText } from '../util/readInput.js';
export { formatReport, formatOfPath };
export type { VerifyReport, VerifyOptions, LocatedClaim, VerifySkip, ReportFormat, DocumentFormat, Verdict, Outcome, NetworkSource, Pin };

/**
 * Checks a document's equations and numbers against a derivation (the `verify` command). `doc` may also be a source of
 * networks, for documents whose comments say which network a part is about (% backprop-tex: net other.yaml).
 */
export function verify(text: string, doc: DerivationDocument | NetworkSource, options: VerifyOptions = {}): VerifyReport {
  return 'load' in doc ? verifyWithDirectives(text, doc, options) : verifyWithDirectives(text, { main: doc, load: noOtherNetworks(options.file) }, options);
}

/**
 * Loads what a verify of `text` needs beyond the light core: the update rules of a network whose file names an optimizer
 * (Adam, momentum, …), whose printed updates are that optimizer's. The full API (api.ts) has them already.
 */
export async function prepareVerify(text: string, nets: NetworkSource, options: VerifyOptions = {}): Promise<void> {
  if (networksNamed(text, nets, options).some((d) => hasOwnOptimizer(d.derivation.graph))) await loadOptimizerRules();
}

/** Makes the optimizers' update rules available to verify (needed only through this light entry point). */
export async function loadOptimizerRules(): Promise<void> {
  provideOptimizerRules((await import('../verify/network/optimizerRules.js')).OPTIMIZER_RULES);
}

function noOtherNetworks(file = '<document>'): (net: string) => never {
  return (net) => {
    throw new InputError(`the document names another network (${net}); verify it through the command line or pass a network source`, { file });
  };
}

/** A copy of the document with a comment after each piece of math whose claims are not all exact. */
export function annotate(text: string, report: VerifyReport, format: DocumentFormat): string {
  return annotateDocument(text, report.claims, format);
}

/**
 * The exit status of a verify run (0 judged and right, 1 an erratum — or with `strict` a value cut off instead of
 * rounded —, 3 nothing judged or coverage below `minCoverage`) and why.
 */
export function verifyOutcome(report: VerifyReport, minCoverage?: number, strict = false): Outcome {
  return outcomeOf(report, minCoverage, strict);
}


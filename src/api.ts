// The library API: load a network file, derive it, print it; verify documents; train, draw. The CLI uses only these functions.
import type { LoadLimits, NetworkDefinition } from './definition/loadDefinition.js';
import { compileNetwork } from './graph/compileNetwork.js';
import type { Graph } from './graph/types.js';
import { deriveGraph } from './derive/deriveGraph.js';
import { DEFAULT_POLICY, type NumberPolicy } from './evaluate/numberPolicy.js';
import { compileDerivation } from './evaluate/evaluateDerivation.js';
import { truthTable } from './evaluate/truthTable.js';
import { printTruthTable, type TableFormat } from './emit/truthTable.js';
import type { DerivationDocument } from './evaluate/derivationDocument.js';
import { createNotation } from './graph/notation/index.js';
import type { HessianValues } from './evaluate/evaluateHessian.js';
import { InputError } from './util/errors.js';
import { provideOptimizerRules } from './verify/network/optimizerStepper.js';
import { OPTIMIZER_RULES } from './verify/network/optimizerRules.js';

export type { NetworkDefinition, DerivationDocument, NumberPolicy, Graph, LoadLimits, HessianValues };
export type { NotationName } from './definition/schema.js';
export { loadNetwork, parseNetwork, derive, emit, type DeriveOptions, type DerivationForm, type EmitExtras, type Format } from './api/derivation.js';

export { InputError, NumericError } from './api/errors.js';
export { DEFAULT_MAX_EQUATIONS, DEFAULT_POLICY } from './api/defaults.js';
export { draw, presentationExtras, type DrawOptions } from './api/figures.js';
export { hessianOf } from './api/hessian.js';
export { withMiniBatchSteps, type MiniBatchDeriveOptions } from './api/miniBatch.js';
export { matrixFiles, matrixFolder } from './emit/matrix/matrixFiles.js';
export { runTraining as train, runSweep as sweep, type TrainingOptions, type TrainingResult, type SweepResult } from './train/runTraining.js';
export type { TableFormat as TrainingTableFormat } from './train/trainingTable.js';
export { OPTIMIZER_IDS, DEFAULT_SETTINGS as DEFAULT_OPTIMIZER_SETTINGS } from './train/optimizers/index.js';
export type { OptimizerChoice } from './train/optimizerConfig.js';
export { exactListing, type ExactListingOptions } from './train/exactListing.js';
export { optimizerStep as step, type OptimizerStepResult, type StepFormat } from './train/optimizerStep.js';
export { starterNetwork, parseShape, STARTER_ACTIVATIONS, STARTER_LOSSES, NOTATIONS, type StarterOptions } from './definition/starterNetwork.js';

/** The truth table of a network or graph over every 0/1 combination of its inputs (at most 12 inputs). */
export function truthTableOf(def: NetworkDefinition, options: { format?: TableFormat; inputs?: string[]; policy?: Partial<NumberPolicy> } = {}): string {
  const derivation = deriveGraph(compileNetwork(def));
  const all = Object.keys(def.spec.inputs);
  const inputs = options.inputs ?? all;
  for (const x of inputs) if (!all.includes(x)) throw new InputError(`'${x}' is not an input (inputs: ${all.join(', ')})`, { file: def.file });
  if (inputs.length > 12) throw new InputError(`a truth table of ${inputs.length} inputs has ${2 ** inputs.length} rows; name at most 12 with --inputs`, { file: def.file });
  const rows = truthTable(derivation, compileDerivation(derivation), inputs);
  return printTruthTable(rows, createNotation(derivation.graph, def.spec.names), { ...DEFAULT_POLICY, ...options.policy }, options.format ?? 'txt');
}

// the full API verifies optimizer networks without a preparing step
provideOptimizerRules(OPTIMIZER_RULES);

export { verify, annotate, verifyOutcome, formatReport, formatOfPath, prepareVerify, loadOptimizerRules } from './api/verification.js';
export type { VerifyReport, VerifyOptions, LocatedClaim, VerifySkip, ReportFormat, DocumentFormat, Verdict, Outcome, NetworkSource, Pin } from './api/verification.js';
export * from './api/teach.js';
export { readInputText } from './api/verification.js';

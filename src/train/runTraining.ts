// A whole `train` run from a network definition: the optimizer's settings, N epochs (or a learning-rate sweep), and the texts to write.
import { basename } from 'node:path';
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { DEFAULT_POLICY, formatNumber, type NumberPolicy } from '../evaluate/numberPolicy.js';
import { GENERATED_MARK } from '../util/generatedMark.js';
import { InputError } from '../util/errors.js';
import { standaloneDocument } from '../util/standaloneDocument.js';
import type { OptimizerSettings } from './optimizers/index.js';
import { configureOptimizer, type ConfiguredOptimizer, type OptimizerChoice } from './optimizerConfig.js';
import { trainingJson, type TrainingJsonMeta } from './trainingJson.js';
import { selectSteps } from './trainingSteps.js';
import { planBatches } from './batchPlan.js';
import { prepareTraining, type PreparedTraining } from './prepareTraining.js';
import { describeSweepRun, sweepLearningRates } from './sweepLearningRates.js';
import { formatTrainingTable, type ColumnGroup, type TableFormat } from './trainingTable.js';
import { explainLines, trainingDocument } from './trainingDocument.js';
import { errorCurve, sweepErrorPlot, sweepPlot } from './trainingPlots.js';
import { trainNetwork, type TrainingRun } from './trainNetwork.js';
import { locateDivergence } from './divergence.js';

export interface TrainingOptions extends Omit<OptimizerChoice, 'optimizer'> {
  epochs: number;
  /** A rule's name or a YAML object ('{type: adam, lr: 0.01}'); default the file's optimizer, else sgd. */
  optimizer?: string;
  /** The parameter whose update equations (or sweep path) are shown; default the first trainable one. */
  param?: string;
  /** Which update (1-based) the equations show; default the first. */
  explainStep?: number;
  /** The sweep's figure: every η's error on one axis (default), or the watched parameter's path, one axis per η. */
  sweepPlot?: 'error' | 'path';
  policy?: Partial<NumberPolicy>;
  /** Logarithmic error axis. */
  log?: boolean;
  /** Every k-th epoch in the table (default: about 20 rows). */
  every?: number;
  /** Show steps 0 … N and the last N. */
  first?: number;
  last?: number;
  /** Extra table columns (txt, tex; csv and json have them all). */
  columns?: ColumnGroup[];
  /** The format `table` will be asked for: csv without a selection shows every step. */
  format?: ReportFormat;
  /** Online (1) or mini-batch SGD: examples per step, in file order or shuffled each epoch with --seed. */
  batchSize?: number;
  shuffle?: boolean;
  seed?: number;
  /** Called about a hundred times over the run, with the epoch reached. */
  onProgress?: (epoch: number) => void;
}

export type ReportFormat = TableFormat | 'json';

export interface TrainingResult {
  run: TrainingRun;
  /** The per-epoch table as printed (txt and tex: every `every`-th epoch; csv: all). */
  table(format: ReportFormat): string;
  /** NAME-train.tex (update equations, table, curve), NAME-train.csv and NAME-error.tex (the curve alone). */
  files: { document: string; csv: string; errorCurve: string };
}

export interface SweepResult {
  /** One sentence per learning rate: what the run did. */
  lines: string[];
  /** NAME-sweep.tex: one plot per learning rate. */
  document: string;
}

export function runTraining(def: NetworkDefinition, options: TrainingOptions): TrainingResult {
  const { prepared, configured, policy, trace } = setUp(def, options);
  const { optimizer, settings } = configured;
  const plan = options.batchSize === undefined ? undefined : planBatches(def, prepared.source.params, { batchSize: options.batchSize, shuffle: options.shuffle, seed: options.seed });
  if (plan === undefined && options.shuffle) throw new InputError('--shuffle takes effect with --batch-size', { file: def.file });
  // With mini-batches the run counts steps: stepsPerEpoch of them per epoch.
  const epochs = options.epochs * (plan?.stepsPerEpoch ?? 1);
  const selection = { every: options.every, first: options.first, last: options.last };
  const all = options.format === 'csv' && options.every === undefined && options.first === undefined && options.last === undefined;
  const steps = selectSteps(epochs, { ...selection, all }, def.file);
  checkRecordSize(def, steps.length, prepared.source.params.length * (2 + optimizer.state.length));
  const shown = new Set(steps);
  const graph = prepared.derivation.graph;
  const run = locateDivergence(def, graph, () => trainNetwork(prepared.source, {
    epochs, optimizer, settings, traceParam: trace, traceStep: traceStepOf(def, options.explainStep, epochs),
    initialState: configured.initialState, startT: configured.startT, record: (k) => shown.has(k), batches: plan,
    onProgress: options.onProgress, progressEvery: Math.max(1, Math.floor(epochs / 100)), finite: { lossId: graph.root },
  }));
  const title = prepared.derivation.graph.title ?? basename(def.file).replace(/\.(ya?ml|json)$/i, '');
  const everything: ColumnGroup[] = ['parameters', 'gradients', 'state'];
  return {
    run,
    table: (format) => format === 'json'
      ? trainingJson(run, steps, { title, loss: prepared.derivation.graph.root, update: updateOf(run, prepared, policy), stepsPerEpoch: plan?.stepsPerEpoch, batchSize: plan?.batchSize })
      : formatTrainingTable(run, format, policy, prepared.names, { steps, columns: format === 'csv' ? everything : options.columns, stepsPerEpoch: plan?.stepsPerEpoch }),
    files: {
      document: trainingDocument(title, run, optimizer, settings, prepared.names, policy, { log: options.log, steps, stepsPerEpoch: plan?.stepsPerEpoch, batchSize: plan?.batchSize }),
      // The mark lets a later run overwrite its own CSV; read it with a comment character of '#'.
      csv: `# ${GENERATED_MARK}\n${formatTrainingTable(run, 'csv', policy, prepared.names)}`,
      errorCurve: standaloneDocument(errorCurve(run, { log: options.log, lossTex: prepared.names.lossTex }), { plots: true }),
    },
  };
}

function updateOf(run: TrainingRun, prepared: PreparedTraining, policy: NumberPolicy): TrainingJsonMeta['update'] {
  if (!run.first) return undefined;
  return { parameter: run.params[run.traceParam]!, step: run.first.t - run.startT, t: run.first.t, lines: explainLines(run, prepared.names, policy) };
}

function traceStepOf(def: NetworkDefinition, step: number | undefined, epochs: number): number {
  if (step === undefined) return 1;
  if (!Number.isSafeInteger(step) || step < 1 || step > epochs) throw new InputError(`--explain-step takes a step from 1 to ${epochs}, not ${step}`, { file: def.file });
  return step;
}

/** Gradients and state of every shown step are kept: refuse what would not fit in memory. */
function checkRecordSize(def: NetworkDefinition, steps: number, perStep: number): void {
  if (steps * perStep > 5e7) throw new InputError(`showing ${steps} steps of ${perStep} numbers each is too much to keep: show fewer with --every, --first or --last`, { file: def.file });
}

/** One SGD run per learning rate, classified (converges, one step, oscillates, diverges). */
export function runSweep(def: NetworkDefinition, rates: number[], options: TrainingOptions): SweepResult {
  const { prepared, settings, policy } = setUp(def, options);
  const sweep = sweepLearningRates(prepared.source, rates, options.epochs, settings, options.param);
  const num = (x: number): string => formatNumber(x, { ...policy, decimals: Math.min(policy.decimals, 6) });
  const labels = sweep.runs.map((r) => SHORT[r.behaviour === 'oscillate' && !r.shrinking ? 'stuck' : r.behaviour]);
  return {
    lines: sweep.runs.map((r) => describeSweepRun(r, sweep.param, num)),
    document: options.sweepPlot === 'path'
      ? standaloneDocument(sweepPlot(sweep, prepared.names.param(sweep.param), labels), { plots: true, groupplots: true })
      : standaloneDocument(sweepErrorPlot(sweep, prepared.names.lossTex, labels), { plots: true }),
  };
}

const SHORT = { 'one-step': 'one step', converge: 'converges', oscillate: 'oscillates, converges', stuck: 'oscillates', diverge: 'diverges' } as const;

function setUp(def: NetworkDefinition, options: TrainingOptions): { prepared: PreparedTraining; configured: ConfiguredOptimizer; settings: OptimizerSettings; policy: NumberPolicy; trace: number } {
  if (!Number.isSafeInteger(options.epochs) || options.epochs < 0) throw new InputError('--epochs takes a whole number of at least 0', { file: def.file });
  const prepared = prepareTraining(def);
  const configured = configureOptimizer(def, prepared.source.params, prepared.learningRate, options);
  return { prepared, configured, settings: configured.settings, policy: { ...DEFAULT_POLICY, ...options.policy }, trace: traceIndex(def, prepared, options.param) };
}

function traceIndex(def: NetworkDefinition, prepared: PreparedTraining, param: string | undefined): number {
  if (param === undefined) return 0;
  const i = prepared.source.params.indexOf(param);
  if (i < 0) throw new InputError(`--param names '${param}', which is not a trainable parameter (trainable: ${prepared.source.params.join(', ')})`, { file: def.file });
  return i;
}

// A whole `train` run from a network definition: the optimizer's settings, N epochs (or a learning-rate sweep), and the texts to write.
import { basename } from 'node:path';
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { DEFAULT_POLICY, formatNumber, type NumberPolicy } from '../evaluate/numberPolicy.js';
import { GENERATED_MARK } from '../util/generatedMark.js';
import { InputError } from '../util/errors.js';
import { standaloneDocument } from '../util/standaloneDocument.js';
import { DEFAULT_SETTINGS, OPTIMIZERS, type OptimizerId, type OptimizerSettings } from './optimizers/index.js';
import { prepareTraining, type PreparedTraining } from './prepareTraining.js';
import { describeSweepRun, sweepLearningRates } from './sweepLearningRates.js';
import { formatTrainingTable, type TableFormat } from './trainingTable.js';
import { trainingDocument } from './trainingDocument.js';
import { errorCurve, sweepErrorPlot, sweepPlot } from './trainingPlots.js';
import { trainNetwork, type TrainingRun } from './trainNetwork.js';

export interface TrainingOptions extends Partial<Omit<OptimizerSettings, 'learningRate'>> {
  epochs: number;
  optimizer?: OptimizerId;
  /** η; default the file's learning_rate. */
  learningRate?: number;
  /** The parameter whose update equations (or sweep path) are shown; default the first trainable one. */
  param?: string;
  /** The sweep's figure: every η's error on one axis (default), or the watched parameter's path, one axis per η. */
  sweepPlot?: 'error' | 'path';
  policy?: Partial<NumberPolicy>;
  /** Logarithmic error axis. */
  log?: boolean;
  /** Every k-th epoch in the txt/tex table (default: about 20 rows). */
  every?: number;
  /** Called about a hundred times over the run, with the epoch reached. */
  onProgress?: (epoch: number) => void;
}

export interface TrainingResult {
  run: TrainingRun;
  /** The per-epoch table as printed (txt and tex: every `every`-th epoch; csv: all). */
  table(format: TableFormat): string;
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
  const { prepared, settings, policy, trace } = setUp(def, options);
  const optimizer = OPTIMIZERS[options.optimizer ?? 'sgd'];
  const run = trainNetwork(prepared.source, {
    epochs: options.epochs, optimizer, settings, traceParam: trace,
    onProgress: options.onProgress, progressEvery: Math.max(1, Math.floor(options.epochs / 100)),
  });
  const title = prepared.derivation.graph.title ?? basename(def.file).replace(/\.(ya?ml|json)$/i, '');
  return {
    run,
    table: (format) => formatTrainingTable(run, format, policy, prepared.names, options.every),
    files: {
      document: trainingDocument(title, run, optimizer, settings, prepared.names, policy, { log: options.log, every: options.every }),
      // The mark lets a later run overwrite its own CSV; read it with a comment character of '#'.
      csv: `# ${GENERATED_MARK}\n${formatTrainingTable(run, 'csv', policy, prepared.names)}`,
      errorCurve: standaloneDocument(errorCurve(run, { log: options.log, lossTex: prepared.names.lossTex }), { plots: true }),
    },
  };
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

function setUp(def: NetworkDefinition, options: TrainingOptions): { prepared: PreparedTraining; settings: OptimizerSettings; policy: NumberPolicy; trace: number } {
  if (!Number.isSafeInteger(options.epochs) || options.epochs < 0) throw new InputError('--epochs takes a whole number of at least 0', { file: def.file });
  const prepared = prepareTraining(def);
  const { epochs: _e, optimizer: _o, learningRate, param: _p, policy, log: _l, every: _v, onProgress: _g, ...overrides } = options;
  const settings: OptimizerSettings = { ...DEFAULT_SETTINGS, ...definedOnly(overrides), learningRate: learningRate ?? prepared.learningRate };
  return { prepared, settings, policy: { ...DEFAULT_POLICY, ...policy }, trace: traceIndex(def, prepared, options.param) };
}

/** Options left undefined keep the defaults (a spread would overwrite them with undefined). */
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function traceIndex(def: NetworkDefinition, prepared: PreparedTraining, param: string | undefined): number {
  if (param === undefined) return 0;
  const i = prepared.source.params.indexOf(param);
  if (i < 0) throw new InputError(`--param names '${param}', which is not a trainable parameter (trainable: ${prepared.source.params.join(', ')})`, { file: def.file });
  return i;
}

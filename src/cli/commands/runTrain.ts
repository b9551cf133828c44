// Runs `train`: loads the file, trains or sweeps, prints the table and writes the LaTeX files (the only file access).
import { loadNetwork } from '../../api.js';
import { DEFAULT_POLICY, formatNumber, type NumberPolicy } from '../../evaluate/numberPolicy.js';
import { sweepPlot, errorCurve } from '../../train/trainingPlots.js';
import { standaloneDocument } from '../../util/standaloneDocument.js';
import { DEFAULT_SETTINGS, OPTIMIZERS, type OptimizerSettings } from '../../train/optimizers/index.js';
import { prepareTraining, type PreparedTraining } from '../../train/prepareTraining.js';
import { describeSweepRun, sweepLearningRates } from '../../train/sweepLearningRates.js';
import { formatTrainingTable } from '../../train/trainingTable.js';
import { trainingDocument } from '../../train/trainingDocument.js';
import { trainNetwork } from '../../train/trainNetwork.js';
import { InputError } from '../../util/errors.js';
import { GENERATED_MARK } from '../../util/generatedMark.js';
import { writeFileAtomic } from '../writeOutput.js';
import { createProgress } from '../progress.js';
import { limitsFromArgs, outputBase, policyFromArgs, type TrainArgs } from './train.js';

export function runTrainCommand(args: TrainArgs): void {
  if (!Number.isSafeInteger(args.epochs) || args.epochs < 0) throw new InputError('--epochs takes a whole number of at least 0', { file: args.file });
  const prepared = prepareTraining(loadNetwork(args.file, limitsFromArgs(args)));
  const policy: NumberPolicy = { ...DEFAULT_POLICY, decimals: 10, ...policyFromArgs(args) };
  const settings: OptimizerSettings = {
    ...DEFAULT_SETTINGS,
    lr: args.lr ?? prepared.learningRate,
    ...(args.momentum !== undefined && { momentum: args.momentum }),
    ...(args.beta !== undefined && { beta: args.beta }),
    ...(args.beta1 !== undefined && { beta1: args.beta1 }),
    ...(args.beta2 !== undefined && { beta2: args.beta2 }),
    ...(args.eps !== undefined && { eps: args.eps }),
  };
  const trace = traceIndex(prepared, args);
  if (args['sweep-lr'] !== undefined) return runSweep(args, prepared, settings, policy);
  const optimizer = OPTIMIZERS[args.optimizer];
  const progress = createProgress(args.epochs, args.quiet);
  const run = trainNetwork(prepared.source, { epochs: args.epochs, optimizer, settings, traceParam: trace, onProgress: progress.update, progressEvery: Math.max(1, Math.floor(args.epochs / 100)) });
  progress.done();
  const base = outputBase(args);
  const title = prepared.derivation.graph.title ?? base.split('/').at(-1)!;
  writeFileAtomic(`${base}-train.tex`, trainingDocument(title, run, optimizer, settings, prepared.names, policy, { log: args.log, every: args.every }), { force: args.force });
  // The mark lets a later run overwrite its own CSV; read it with a comment character of '#'.
  writeFileAtomic(`${base}-train.csv`, `# ${GENERATED_MARK}\n${formatTrainingTable(run, 'csv', policy, prepared.names)}`, { force: args.force });
  writeFileAtomic(`${base}-error.tex`, standaloneDocument(errorCurve(run, { log: args.log, lossTex: prepared.names.lossTex }), { plots: true }), { force: args.force });
  if (args.quiet) return;
  process.stdout.write(formatTrainingTable(run, args.format, policy, prepared.names, args.every));
  process.stderr.write(`wrote ${base}-train.tex, ${base}-train.csv, ${base}-error.tex\n`);
}

function traceIndex(prepared: PreparedTraining, args: TrainArgs): number {
  if (args.param === undefined) return 0;
  const i = prepared.source.params.indexOf(args.param);
  if (i < 0) throw new InputError(`--param names '${args.param}', which is not a trainable parameter (trainable: ${prepared.source.params.join(', ')})`, { file: args.file });
  return i;
}

function runSweep(args: TrainArgs, prepared: PreparedTraining, settings: OptimizerSettings, policy: NumberPolicy): void {
  const rates = args['sweep-lr']!.split(',').map((s) => Number(s.trim()));
  if (rates.some((r) => !Number.isFinite(r))) throw new InputError(`--sweep-lr takes comma-separated numbers, not '${args['sweep-lr']}'`, { file: args.file });
  const sweep = sweepLearningRates(prepared.source, rates, args.epochs, settings, args.param);
  const num = (x: number): string => formatNumber(x, { ...policy, decimals: Math.min(policy.decimals, 6) });
  const lines = sweep.runs.map((r) => describeSweepRun(r, sweep.param, num));
  const labels = sweep.runs.map((r) => SHORT[r.behaviour === 'oscillate' && !r.shrinking ? 'stuck' : r.behaviour]);
  const base = outputBase(args);
  writeFileAtomic(`${base}-sweep.tex`, standaloneDocument(sweepPlot(sweep, prepared.names.param(sweep.param), labels), { plots: true, groupplots: true }), { force: args.force });
  if (args.quiet) return;
  process.stdout.write(lines.join('\n') + '\n');
  process.stderr.write(`wrote ${base}-sweep.tex\n`);
}

const SHORT = { 'one-step': 'one step', converge: 'converges', oscillate: 'oscillates, converges', stuck: 'oscillates', diverge: 'diverges' } as const;

// The LaTeX document of a training run: the optimizer's update rules with the first step's numbers, the table, the error curve.
import { formatNumber, type NumberPolicy, texNumber } from '../evaluate/numberPolicy.js';
import { GENERATED_MARK } from '../util/generatedMark.js';
import { escapeLatexText } from '../util/escapeLatex.js';
import { errorCurve } from './trainingPlots.js';
import { explainStep, type Optimizer, type OptimizerSettings, type UpdateLine } from './optimizers/index.js';
import { formatTrainingTable } from './trainingTable.js';
import type { TrainingRun } from './trainNetwork.js';

export interface TrainingNames {
  /** LaTeX name of each parameter (w_{5}), the loss (E_{\mathit{total}}) and each output. */
  param(id: string): string;
  lossTex: string;
  outputsTex: string[];
}

/** The traced step's update rules with its numbers (an L2 line first when the rule uses one). */
export function explainLines(run: TrainingRun, names: TrainingNames, policy: NumberPolicy): UpdateLine[] {
  if (!run.first) return [];
  const w = names.param(run.params[run.traceParam]!);
  const g = `\\frac{\\partial ${names.lossTex}}{\\partial ${w}}`;
  return explainStep(run.optimizer, run.first, { w, g }, run.settings, (x) => texNumber(formatNumber(x, policy)));
}

/** The update equations of the traced parameter, one align row each: rule, then numbers, then result. */
export function updateEquations(run: TrainingRun, _optimizer: Optimizer, _settings: OptimizerSettings, names: TrainingNames, policy: NumberPolicy): string[] {
  return explainLines(run, names, policy).map((l) => `${l.lhs} &\\leftarrow ${l.rule} \\\\\n  &= ${l.numbers} = ${l.result}`);
}

export function trainingDocument(title: string, run: TrainingRun, optimizer: Optimizer, settings: OptimizerSettings, names: TrainingNames, policy: NumberPolicy, opts: { log?: boolean; every?: number; steps?: number[]; stepsPerEpoch?: number; batchSize?: number } = {}): string {
  const steps = run.losses.length - 1;
  const spe = opts.stepsPerEpoch ?? 1;
  const count = spe > 1 || opts.batchSize ? `${steps / spe} epochs (${steps} steps of ${opts.batchSize} example${opts.batchSize === 1 ? '' : 's'})` : `${steps} epochs`;
  const rows = updateEquations(run, optimizer, settings, names, policy);
  return [
    `% ${GENERATED_MARK}. Compile with pdflatex.`,
    '\\documentclass[10pt]{article}',
    '\\usepackage[margin=2cm]{geometry}',
    '\\usepackage{amsmath}',
    '\\usepackage{pgfplots}',
    '\\pgfplotsset{compat=1.16}',
    '\\begin{document}',
    `\\section*{${escapeLatexText(title)}: ${count} of ${optimizer.describe}}`,
    `${updateTitle(run)} of $${names.param(run.params[run.traceParam]!)}$ ($\\eta = ${texNumber(formatNumber(settings.learningRate, policy))}$):`,
    '\\begin{align*}',
    rows.join(' \\\\\n'),
    '\\end{align*}',
    '\\subsection*{Error and outputs}',
    '{\\small',
    formatTrainingTable(run, 'tex', policy, names, { every: opts.every, steps: opts.steps, stepsPerEpoch: spe }).trimEnd(),
    '}',
    '\\subsection*{Error curve}',
    errorCurve(run, { log: opts.log, lossTex: names.lossTex }).trimEnd(),
    '\\end{document}',
  ].join('\n') + '\n';
}


/** "First update", or "Update 5" (and its t when the file's optimizer had taken steps before). */
function updateTitle(run: TrainingRun): string {
  const step = run.first ? run.first.t - run.startT : 1;
  const t = run.startT > 0 && run.first ? ` ($t = ${run.first.t}$)` : '';
  return (step === 1 ? 'First update' : `Update ${step}`) + t;
}

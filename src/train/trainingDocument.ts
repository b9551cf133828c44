// The LaTeX document of a training run: the optimizer's update rules with the first step's numbers, the table, the error curve.
import { formatNumber, type NumberPolicy } from '../evaluate/numberPolicy.js';
import { GENERATED_MARK } from '../util/generatedMark.js';
import { escapeLatexText } from '../util/escapeLatex.js';
import { errorCurve } from './trainingPlots.js';
import type { Optimizer, OptimizerSettings } from './optimizers/index.js';
import { formatTrainingTable } from './trainingTable.js';
import type { TrainingRun } from './trainNetwork.js';

export interface TrainingNames {
  /** LaTeX name of each parameter (w_{5}), the loss (E_{\mathit{total}}) and each output. */
  param(id: string): string;
  lossTex: string;
  outputsTex: string[];
}

/** The update equations of the traced parameter, one align row each: rule, then numbers, then result. */
export function updateEquations(run: TrainingRun, optimizer: Optimizer, settings: OptimizerSettings, names: TrainingNames, policy: NumberPolicy): string[] {
  if (!run.first) return [];
  const w = names.param(run.params[run.traceParam]!);
  const g = `\\frac{\\partial ${names.lossTex}}{\\partial ${w}}`;
  const num = (x: number): string => formatNumber(x, policy);
  return optimizer.explain(run.first, { w, g }, settings, num).map((l) => `${l.lhs} &\\leftarrow ${l.rule} \\\\\n  &= ${l.numbers} = ${l.result}`);
}

export function trainingDocument(title: string, run: TrainingRun, optimizer: Optimizer, settings: OptimizerSettings, names: TrainingNames, policy: NumberPolicy, opts: { log?: boolean; every?: number } = {}): string {
  const epochs = run.losses.length - 1;
  const rows = updateEquations(run, optimizer, settings, names, policy);
  return [
    `% ${GENERATED_MARK}. Compile with pdflatex.`,
    '\\documentclass[10pt]{article}',
    '\\usepackage[margin=2cm]{geometry}',
    '\\usepackage{amsmath}',
    '\\usepackage{pgfplots}',
    '\\pgfplotsset{compat=1.16}',
    '\\begin{document}',
    `\\section*{${escapeLatexText(title)}: ${epochs} epochs of ${optimizer.describe}}`,
    `First update of $${names.param(run.params[run.traceParam]!)}$ ($\\eta = ${formatNumber(settings.learningRate, policy)}$):`,
    '\\begin{align*}',
    rows.join(' \\\\\n'),
    '\\end{align*}',
    '\\subsection*{Error and outputs}',
    '{\\small',
    formatTrainingTable(run, 'tex', policy, names, opts.every).trimEnd(),
    '}',
    '\\subsection*{Error curve}',
    errorCurve(run, { log: opts.log, lossTex: names.lossTex }).trimEnd(),
    '\\end{document}',
  ].join('\n') + '\n';
}


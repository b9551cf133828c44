// pgfplots figures of training: the error curve (optionally log-scaled) and the learning-rate sweep, one axis per η.
import { formatNumber, type NumberPolicy } from '../evaluate/numberPolicy.js';
import type { TrainingRun } from './trainNetwork.js';
import type { Sweep } from './sweepLearningRates.js';

const COORD_POLICY: NumberPolicy = { decimals: 6, sig: 8, rounding: 'half-up', trimZeros: true, hand: false };
const MAX_POINTS = 400;

/** At most MAX_POINTS epochs, evenly spread, always with the first and the last. */
function plottedEpochs(epochs: number): number[] {
  if (epochs + 1 <= MAX_POINTS) return Array.from({ length: epochs + 1 }, (_, e) => e);
  const step = epochs / (MAX_POINTS - 1);
  return [...new Set(Array.from({ length: MAX_POINTS }, (_, i) => Math.round(i * step)))];
}

function coordinates(xs: number[], y: (x: number) => number): string {
  return xs.map((x) => `(${x},${formatNumber(y(x), COORD_POLICY)})`).join(' ');
}

/** The tikzpicture of E over the epochs. */
export function errorCurve(run: TrainingRun, opts: { log?: boolean; lossTex?: string } = {}): string {
  const epochs = run.losses.length - 1;
  return [
    '\\begin{tikzpicture}',
    `\\begin{axis}[width=10cm, height=6cm, xlabel={epoch}, ylabel={$${opts.lossTex ?? 'E'}$}, grid=major${opts.log ? ', ymode=log' : ''}, scaled x ticks=false, xticklabel style={/pgf/number format/1000 sep={}}]`,
    `\\addplot[thick, blue, mark=none] coordinates {${coordinates(plottedEpochs(epochs), (e) => run.losses[e]!)}};`,
    '\\end{axis}',
    '\\end{tikzpicture}',
  ].join('\n') + '\n';
}

/** One small axis per learning rate (groupplots), the watched parameter over the epochs, titled with what it did. */
export function sweepPlot(sweep: Sweep, paramTex: string, labels: string[]): string {
  const cols = Math.min(3, sweep.runs.length);
  const rows = Math.ceil(sweep.runs.length / cols);
  const epochs = Array.from({ length: sweep.epochs + 1 }, (_, e) => e);
  return [
    '\\begin{tikzpicture}',
    `\\begin{groupplot}[group style={group size=${cols} by ${rows}, horizontal sep=1.6cm, vertical sep=2cm}, width=5.2cm, height=4.2cm, xlabel={epoch}, ylabel={$${paramTex}$}, grid=major, title style={font=\\small}]`,
    ...sweep.runs.flatMap((r, i) => [
      `\\nextgroupplot[title={$\\eta = ${formatNumber(r.learningRate, COORD_POLICY)}$: ${labels[i]}}]`,
      `\\addplot[thick, blue, mark=*, mark size=1pt] coordinates {${coordinates(epochs, (e) => r.path[e]!)}};`,
    ]),
    '\\end{groupplot}',
    '\\end{tikzpicture}',
  ].join('\n') + '\n';
}

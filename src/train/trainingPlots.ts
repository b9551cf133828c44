// pgfplots figures of training: the error curve (optionally log-scaled) and the learning-rate sweep (every η's error on one axis, or one axis per η of a weight's path).
import { formatNumber, type NumberPolicy, texNumber } from '../evaluate/numberPolicy.js';
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

/** Up to this many epochs every epoch is a tick (pgfplots ticks 0.5, 1.5 on a 3-epoch axis; from 6 on it picks whole ones). */
const EVERY_EPOCH_TICKED = 5;

/** The x axis of epochs: whole epochs only, each one ticked on a short run. */
function epochAxis(epochs: number): string {
  const ticks = epochs <= EVERY_EPOCH_TICKED ? `xtick={${Array.from({ length: epochs + 1 }, (_, e) => e).join(',')}}, ` : '';
  return `xlabel={epoch}, ${ticks}xticklabel style={/pgf/number format/1000 sep={}}`;
}

/** The tikzpicture of E over the epochs. */
export function errorCurve(run: TrainingRun, opts: { log?: boolean; lossTex?: string } = {}): string {
  const epochs = run.losses.length - 1;
  return [
    '\\begin{tikzpicture}',
    `\\begin{axis}[width=10cm, height=6cm, ${epochAxis(epochs)}, ylabel={$${opts.lossTex ?? 'E'}$}, grid=major${opts.log ? ', ymode=log' : ''}, scaled x ticks=false]`,
    `\\addplot[thick, blue, mark=none] coordinates {${coordinates(plottedEpochs(epochs), (e) => run.losses[e]!)}};`,
    '\\end{axis}',
    '\\end{tikzpicture}',
  ].join('\n') + '\n';
}

/** Colours of the sweep's curves, one per η in order (pgfplots' own cycle list repeats marks, not colours). */
const COLOURS = ['blue', 'red', 'green!50!black', 'orange', 'violet', 'cyan!60!black', 'brown', 'black'];

/** Finite, positive errors only: a diverging run leaves the axis where it overflows. */
function errorPoints(losses: ArrayLike<number>, log: boolean): string {
  return Array.from(losses, (l, e) => [e, l] as const).filter(([, l]) => Number.isFinite(l) && (!log || l > 0) && Math.abs(l) < 1e300)
    .map(([e, l]) => `(${e},${formatNumber(l, COORD_POLICY)})`).join(' ');
}

/** Log scale when the errors span two decades or more. */
function spansDecades(sweep: Sweep): boolean {
  const all = sweep.runs.flatMap((r) => [...r.run.losses]).filter((l) => Number.isFinite(l) && l > 0);
  return all.length > 0 && Math.max(...all) / Math.min(...all) >= 100;
}

/** Every learning rate's error over the epochs on one axis, each curve labelled with its η and what the run did. */
export function sweepErrorPlot(sweep: Sweep, lossTex: string, labels: string[]): string {
  const log = spansDecades(sweep);
  return [
    '\\begin{tikzpicture}',
    `\\begin{axis}[width=12cm, height=7cm, ${epochAxis(sweep.epochs)}, ylabel={$${lossTex}$}, grid=major${log ? ', ymode=log' : ', scaled y ticks=true'}, legend pos=outer north east, legend cell align=left, yticklabel style={/pgf/number format/precision=3}]`,
    ...sweep.runs.flatMap((r, i) => [
      `\\addplot[thick, ${COLOURS[i % COLOURS.length]}, mark=*, mark size=1pt] coordinates {${errorPoints(r.run.losses, log)}};`,
      `\\addlegendentry{$\\eta = ${texNumber(formatNumber(r.learningRate, COORD_POLICY))}$: ${labels[i]}}`,
    ]),
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
    `\\begin{groupplot}[group style={group size=${cols} by ${rows}, horizontal sep=1.6cm, vertical sep=2cm}, width=5.2cm, height=4.2cm, ${epochAxis(sweep.epochs)}, ylabel={$${paramTex}$}, grid=major, title style={font=\\small}, scaled y ticks=true, yticklabel style={/pgf/number format/precision=5}]`,
    ...sweep.runs.flatMap((r, i) => [
      `\\nextgroupplot[title={$\\eta = ${texNumber(formatNumber(r.learningRate, COORD_POLICY))}$: ${labels[i]}}]`,
      `\\addplot[thick, blue, mark=*, mark size=1pt] coordinates {${coordinates(epochs, (e) => r.path[e]!)}};`,
    ]),
    '\\end{groupplot}',
    '\\end{tikzpicture}',
  ].join('\n') + '\n';
}

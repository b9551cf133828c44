// The sweep's figure: every η's error on one axis, log-scaled when the errors span decades, each curve in the legend
// with its η and what the run did.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/train/optimizers/index.js';
import { sweepLearningRates } from '../../src/train/sweepLearningRates.js';
import { sweepErrorPlot } from '../../src/train/trainingPlots.js';
import { standaloneDocument } from '../../src/util/standaloneDocument.js';
import { GD_1D, golden, prepare } from './trainFixtures.js';

describe('sweep error plot', () => {
  const gd = prepare(GD_1D);
  const sweep = sweepLearningRates(gd.source, [0.1, 0.5, 1, 1.5, 2, 2.5], 10, { ...DEFAULT_SETTINGS, learningRate: 0.5 });
  const labels = ['converges', 'converges', 'one step', 'oscillates, converges', 'oscillates', 'diverges'];
  const plot = sweepErrorPlot(sweep, 'E', labels);
  it('puts every η on one log-scaled axis with a legend entry each', () => {
    expect(plot.match(/\\begin\{axis\}/g)).toHaveLength(1);
    expect(plot).toContain('ymode=log');
    expect(plot.match(/\\addlegendentry\{\$\\eta = [\d.]+\$: [a-z ,]+\}/g)).toHaveLength(6);
  });
  it('writes the committed figure (rendered and read: six curves, diverging η = 2.5 rising to 10^1)', async () => {
    await expect(standaloneDocument(plot, { plots: true })).toMatchFileSnapshot(golden('gd-1d-sweep-error.tex'));
  });
});

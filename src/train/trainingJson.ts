// The JSON report of a training run (docs/training-json.md, schema/training-output.schema.json): the optimizer as
// configured and, per shown step, every parameter, gradient, output, the loss and the optimizer's state, at full precision.
import type { OptimizerSettings, UpdateLine } from './optimizers/index.js';
import { shownSteps } from './trainingSteps.js';
import type { TrainingRun } from './trainNetwork.js';

export const TRAINING_JSON_VERSION = 1;

export interface TrainingJsonMeta {
  title: string;
  /** The loss node's id (E_total, L, …). */
  loss: string;
  /** Steps per epoch and examples per step (1 and all examples for full-batch training). */
  stepsPerEpoch?: number;
  batchSize?: number | null;
  /** The traced update, as printed in LaTeX. */
  update?: { parameter: string; step: number; t: number; lines: UpdateLine[] };
}

/** The settings a rule reads, under the names of the file's optimizer object. */
function optimizerObject(run: TrainingRun): Record<string, unknown> {
  const s: OptimizerSettings = run.settings;
  const id = run.optimizer.id;
  const fields: Record<string, unknown> = { type: id, lr: s.learningRate };
  if (id === 'momentum' || id === 'nesterov') Object.assign(fields, { momentum: s.momentum, eta_placement: s.etaPlacement });
  if (id === 'rmsprop') fields.beta = s.beta;
  if (id === 'adam' || id === 'adamw') Object.assign(fields, { beta1: s.beta1, beta2: s.beta2 });
  if (id === 'adagrad' || id === 'rmsprop' || id === 'adam' || id === 'adamw') Object.assign(fields, { eps: s.eps, eps_placement: s.epsPlacement });
  return { ...fields, weight_decay: s.weightDecay, t: run.startT };
}

const byName = (ids: string[], values: number[]): Record<string, number | null> => Object.fromEntries(ids.map((id, i) => [id, finite(values[i]!)]));
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function trainingJson(run: TrainingRun, steps: number[], meta: TrainingJsonMeta): string {
  const perEpoch = meta.stepsPerEpoch ?? 1;
  const doc = {
    kind: 'backprop-tex/training',
    version: TRAINING_JSON_VERSION,
    title: meta.title,
    optimizer: optimizerObject(run),
    epochs: Math.ceil((run.losses.length - 1) / perEpoch),
    stepsPerEpoch: perEpoch,
    batchSize: meta.batchSize ?? null,
    parameters: run.params,
    outputs: run.outputs,
    loss: meta.loss,
    steps: shownSteps(run, steps).map((s) => ({
      step: s.step,
      epoch: s.step / perEpoch,
      t: s.t,
      loss: finite(s.loss),
      outputs: byName(run.outputs, s.outputs),
      parameters: byName(run.params, s.parameters),
      gradients: byName(run.params, s.gradients),
      state: Object.fromEntries(s.state.map((c) => [c.key, byName(run.params, c.values)])),
      ...(s.examples ? { examples: s.examples } : {}),
    })),
    update: meta.update ?? null,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

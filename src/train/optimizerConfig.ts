// Turns the file's `optimizer:` object and the command line's choices into one configured optimizer: rule, settings,
// starting state per parameter, and the steps already taken.
import { parse as parseYaml } from 'yaml';
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import type { OptimizerSpec } from '../definition/optimizerSpec.js';
import { zodSchemas } from '../definition/zodSchemas.js';
import { InputError } from '../util/errors.js';
import { settingsOf } from '../definition/optimizerSettings.js';
import { OPTIMIZERS, type Optimizer, type OptimizerSettings, type Placement } from './optimizers/index.js';

/** What the command line may say: a rule's name or a YAML object ('{type: adam, lr: 0.01}'), and single settings. */
export interface OptimizerChoice {
  optimizer?: string;
  learningRate?: number;
  momentum?: number;
  beta?: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  epsPlacement?: Placement;
  etaPlacement?: Placement;
  weightDecay?: number;
}

export interface ConfiguredOptimizer {
  optimizer: Optimizer;
  settings: OptimizerSettings;
  /** One array per state slot, in parameter order. */
  initialState: Float64Array[];
  /** Steps already taken. */
  startT: number;
}

export function configureOptimizer(def: NetworkDefinition, params: string[], fileRate: number, choice: OptimizerChoice = {}): ConfiguredOptimizer {
  const fromCli = choice.optimizer !== undefined ? cliSpec(choice.optimizer, def.file) : undefined;
  const spec: OptimizerSpec = fromCli ?? def.spec.optimizer ?? { type: 'sgd' };
  // The file's state belongs to the file's rule: a rule named on the command line starts from zero.
  const where = fromCli ? undefined : ['optimizer', 'state'];
  checkState(def, OPTIMIZERS[spec.type], spec.state ?? {}, params, where);
  return optimizerFromSpec(spec, params, fileRate, choice);
}

/** The rule, settings and starting state an `optimizer:` object gives (checked already: verify's replay takes it too). */
export function optimizerFromSpec(spec: OptimizerSpec, params: readonly string[], fileRate: number, choice: OptimizerChoice = {}): ConfiguredOptimizer {
  const optimizer = OPTIMIZERS[spec.type];
  const { momentum, beta, beta1, beta2, eps, epsPlacement, etaPlacement, weightDecay } = choice;
  const settings: OptimizerSettings = settingsOf(spec, choice.learningRate ?? spec.lr ?? fileRate, { momentum, beta, beta1, beta2, eps, epsPlacement, etaPlacement, weightDecay });
  const given = spec.state ?? {};
  const initialState = optimizer.state.map((slot) => Float64Array.from(params, (p) => given[slot.key]?.[p] ?? 0));
  return { optimizer, settings, initialState, startT: spec.t ?? 0 };
}

function cliSpec(text: string, file: string): OptimizerSpec {
  let data: unknown = text;
  if (/^\s*\{/.test(text)) {
    try {
      data = parseYaml(text) as unknown;
    } catch {
      throw new InputError(`--optimizer takes a rule's name or a YAML object such as '{type: adam, lr: 0.01}', not '${text}'`, { file });
    }
  } else data = { type: text };
  const parsed = zodSchemas().OptimizerSpec.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? ` (${issue.path.join('.')})` : '';
    throw new InputError(`--optimizer: ${issue.code === 'invalid_value' ? `expected one of ${Object.keys(OPTIMIZERS).join(', ')}` : issue.message}${field}`, { file });
  }
  return parsed.data;
}

function checkState(def: NetworkDefinition, optimizer: Optimizer, given: Record<string, Record<string, number>>, params: string[], where: string[] | undefined): void {
  const keys = optimizer.state.map((s) => s.key);
  for (const [key, values] of Object.entries(given)) {
    const at = (...rest: string[]) => (where ? def.locate([...where, key, ...rest]) : { file: def.file });
    if (!keys.includes(key)) throw new InputError(`${optimizer.describe} has no state '${key}' (its state: ${keys.join(', ') || 'none'})`, at());
    for (const p of Object.keys(values)) {
      if (!params.includes(p)) throw new InputError(`state ${key} names '${p}', which is not a trainable parameter`, at(p));
      if ((key === 'cache' || key === 'v') && values[p]! < 0) throw new InputError(`state ${key} of '${p}' is a running sum of squares and cannot be negative`, at(p));
    }
  }
}

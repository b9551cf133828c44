// The optimizer flags train and step share: the rule (a name or a YAML object) and its single settings.
import type { OptimizerChoice } from '../api.js';

export interface OptimizerArgs {
  optimizer?: string;
  momentum?: number;
  beta?: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  'eps-placement'?: 'inside' | 'outside';
  'eta-placement'?: 'inside' | 'outside';
  'weight-decay'?: number;
}

interface Defaults {
  momentum: number;
  beta: number;
  beta1: number;
  beta2: number;
  eps: number;
  epsPlacement: string;
  etaPlacement: string;
}

export function optimizerOptions(ids: readonly string[], d: Defaults) {
  return {
    optimizer: { type: 'string', describe: `update rule: ${ids.join(', ')}, or a YAML object such as '{type: adam, lr: 0.01, eps_placement: outside}' (default: the file's optimizer, else sgd)` },
    momentum: { type: 'number', describe: `momentum factor μ (default ${d.momentum})` },
    beta: { type: 'number', describe: `RMSprop β (default ${d.beta})` },
    beta1: { type: 'number', describe: `Adam β1 (default ${d.beta1})` },
    beta2: { type: 'number', describe: `Adam β2 (default ${d.beta2})` },
    eps: { type: 'number', describe: `ε of AdaGrad, RMSprop and Adam (default ${d.eps})` },
    'eps-placement': { choices: ['inside', 'outside'] as const, describe: `ε inside the square root, √(v + ε), or outside, √v + ε (default ${d.epsPlacement})` },
    'eta-placement': { choices: ['inside', 'outside'] as const, describe: `momentum and Nesterov: η inside the velocity (v ← μv − ηg) or outside (v ← μv + g, w ← w − ηv) (default ${d.etaPlacement})` },
    'weight-decay': { type: 'number', describe: 'λ: L2 weight decay (decoupled for adamw) (default 0)' },
  } as const;
}

export function optimizerChoiceFrom(args: OptimizerArgs, learningRate: number | undefined): OptimizerChoice {
  return {
    optimizer: args.optimizer, learningRate, momentum: args.momentum, beta: args.beta, beta1: args.beta1, beta2: args.beta2, eps: args.eps,
    epsPlacement: args['eps-placement'], etaPlacement: args['eta-placement'], weightDecay: args['weight-decay'],
  };
}

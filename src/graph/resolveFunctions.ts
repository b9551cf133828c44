// Turns the file's activation and loss fields into the registry's functions (or a custom one from its formula);
// a file's `kink: t` gives ReLU, leaky ReLU and formulas its slope at the kink.
import type { ActivationSpec, LossSpec } from '../definition/schema.js';
import { InputError, type SourceLocation } from '../util/errors.js';
import { ACTIVATIONS, customActivation, leakyRelu, type Activation } from './activations/index.js';
import { reluWithKink } from './activations/relu.js';
import { LEAKY_SLOPE } from '../util/piecewise.js';
import { customLoss, LOSSES, type Loss } from './losses/index.js';

export function resolveActivation(spec: ActivationSpec, where: SourceLocation, kink?: number): Activation {
  if (kink !== undefined && spec === 'relu') return reluWithKink(kink);
  if (kink !== undefined && spec === 'leaky-relu') return leakyRelu(LEAKY_SLOPE, kink);
  if (typeof spec === 'string') return ACTIVATIONS[spec] ?? unknown('activation', spec, where);
  switch (spec.type) {
    case 'leaky-relu': return leakyRelu(spec.slope, kink);
    case 'custom': return customActivation(spec.expr, where, kink);
    default: return unknown('activation', spec, where);
  }
}

export function resolveLoss(spec: LossSpec, where: SourceLocation, kink?: number): Loss {
  if (typeof spec !== 'string') return customLoss(spec.expr, where, kink);
  return LOSSES[spec] ?? unknown('loss', spec, where);
}

/** The schema admits only the registry's names; this guards a definition built without it. */
function unknown(what: string, spec: unknown, where: SourceLocation): never {
  throw new InputError(`unknown ${what} ${JSON.stringify(spec)}`, where);
}

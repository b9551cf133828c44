// Turns the file's activation and loss fields into the registry's functions (or a custom one from its formula).
import type { ActivationSpec, LossSpec } from '../definition/schema.js';
import { InputError, type SourceLocation } from '../util/errors.js';
import { ACTIVATIONS, customActivation, leakyRelu, type Activation } from './activations/index.js';
import { customLoss, LOSSES, type Loss } from './losses/index.js';

export function resolveActivation(spec: ActivationSpec, where: SourceLocation): Activation {
  if (typeof spec === 'string') return ACTIVATIONS[spec] ?? unknown('activation', spec, where);
  switch (spec.type) {
    case 'leaky-relu': return leakyRelu(spec.slope);
    case 'custom': return customActivation(spec.expr, where);
    default: return unknown('activation', spec, where);
  }
}

export function resolveLoss(spec: LossSpec, where: SourceLocation): Loss {
  if (typeof spec !== 'string') return customLoss(spec.expr, where);
  return LOSSES[spec] ?? unknown('loss', spec, where);
}

/** The schema admits only the registry's names; this guards a definition built without it. */
function unknown(what: string, spec: unknown, where: SourceLocation): never {
  throw new InputError(`unknown ${what} ${JSON.stringify(spec)}`, where);
}

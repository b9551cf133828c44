// Looks up an activation by the file's spec.
import type { ActivationSpec } from '../../definition/schema.js';
import { InputError, type SourceLocation } from '../../util/errors.js';
import type { Activation } from '../types.js';
import { customActivation } from './custom.js';
import { leakyRelu } from './leakyRelu.js';
import { linear } from './linear.js';
import { relu } from './relu.js';
import { sigmoid } from './sigmoid.js';
import { softmax } from './softmax.js';
import { tanh } from './tanh.js';

export function resolveActivation(spec: ActivationSpec, where: SourceLocation): Activation {
  if (typeof spec === 'string') {
    switch (spec) {
      case 'sigmoid': return sigmoid;
      case 'tanh': return tanh;
      case 'relu': return relu;
      case 'leaky-relu': return leakyRelu(0.01);
      case 'linear': return linear;
      case 'softmax': return softmax;
      default: return assertNever(spec, where);
    }
  }
  switch (spec.type) {
    case 'leaky-relu': return leakyRelu(spec.slope);
    case 'custom': return customActivation(spec.expr, where);
    default: return assertNever(spec, where);
  }
}

function assertNever(x: never, where: SourceLocation): never {
  throw new InputError(`unknown activation ${JSON.stringify(x)}`, where);
}

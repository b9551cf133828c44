// The activation registry: every built-in activation by the name a network file gives it. The file format's list of
// activation names (the zod enum, the JSON Schema, `init --activation`) is names.ts, whose names are this object's keys.
import type { Activation, ActivationCall } from './activation.js';
import { leakyRelu } from './leakyRelu.js';
import { linear } from './linear.js';
import { relu } from './relu.js';
import { sigmoid } from './sigmoid.js';
import { softmax } from './softmax.js';
import { tanh } from './tanh.js';
import { ACTIVATION_NAMES, type ActivationName } from './names.js';

export const ACTIVATIONS = {
  sigmoid,
  tanh,
  relu,
  'leaky-relu': leakyRelu(0.01),
  linear,
  softmax,
} as const satisfies Record<ActivationName, Activation>;

export { ACTIVATION_NAMES, type ActivationName };

const CALLS = new Map(Object.values(ACTIVATIONS).flatMap((a: Activation) => (a.call ? [[a.call.name, a] as const] : [])));

/** The activation a formula calls by this function name (sigmoid, tanh), if it is one. */
export function activationOfCall(name: string | undefined): Activation | undefined {
  return name === undefined ? undefined : CALLS.get(name);
}

/** Every activation formulas may call, with its call (for the printers and evaluators of formulas). */
export function activationCalls(): ActivationCall[] {
  return [...CALLS.values()].map((a) => a.call!);
}

export type { Activation, ActivationCall } from './activation.js';
export { customActivation } from './custom.js';
export { leakyRelu } from './leakyRelu.js';

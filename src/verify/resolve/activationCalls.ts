// The activations a page writes as functions (σ(z), ReLU(z), tanh'(z)), and when a call on one is a call, not a product.
import type { FunctionNode } from '../../util/mathjs.js';
import { readsSymbol } from '../../util/mathNodes.js';

/** Letters pages apply as a function whatever it is (f(x), g(z), φ(z)), beside the activations' names. */
export const FUNCTION_LETTERS = new Set(['f', 'g', 'phi', 'varphi']);

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Activations written as functions, and their derivatives written with a prime: σ(z), σ'(z), ReLU(z), tanh'(z). */
export const ACTIVATION_CALLS: Readonly<Record<string, (x: number) => number>> = {
  sigma: logistic,
  sigmoid: logistic,
  // the sigmoid as Italian, Spanish and Portuguese pages spell it (sigmoide(0.72))
  sigmoide: logistic,
  sigma_prime: (x) => logistic(x) * (1 - logistic(x)),
  sigmoid_prime: (x) => logistic(x) * (1 - logistic(x)),
  relu: (x) => Math.max(0, x),
  ReLU: (x) => Math.max(0, x),
  relu_prime: (x) => (x > 0 ? 1 : 0),
  ReLU_prime: (x) => (x > 0 ? 1 : 0),
  tanh_prime: (x) => 1 - Math.tanh(x) ** 2,
  logistic: logistic,
};


/**
 * σ(z), σ(2) where the network has a node called σ: the activation applied to the argument, not the node times it;
 * f(1 − f), σ(1 − σ), whose argument reads the name itself, stay products.
 */
export function appliedActivation(n: FunctionNode): boolean {
  const name = n.fn.name;
  return n.args.length === 1 && (ACTIVATION_CALLS[name] ?? ACTIVATION_CALLS[name.toLowerCase()]) !== undefined && !readsSymbol(n.args[0]!, name);
}

// What an activation is: its value and its local derivative as trees, how it prints and evaluates when a formula calls it.
import type { MathNode } from 'mathjs';

/** An activation that formulas call by name (sigmoid(u), tanh(s)): how the call prints and how it is evaluated. */
export interface ActivationCall {
  /** The function name in a formula. */
  name: string;
  /** The call's head in LaTeX (\sigma) and in text (σ). */
  tex: string;
  text: string;
  /** f(x) in floating point, finite for every finite x (the sigmoid is computed from e^(−|x|)). */
  evaluate(x: number): number;
  /** log f(x), finite where f(x) underflows to 0 (log σ(−1000) = −1000), when the activation has a stable form of it. */
  log?(x: number): number;
}

/** An activation function: its value, its local derivative in the slides' output form, and how it prints. */
export interface Activation {
  /** Stable id: 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear', 'custom'. */
  id: string;
  /** out = f(net), as a tree over the given net symbol. */
  apply(net: MathNode): MathNode;
  /** d out / d net, written as the slides do (sigmoid: out(1 - out)), over the out and net symbols. */
  derivative(out: MathNode, net: MathNode): MathNode;
  /** Plain description for reports, e.g. 'leaky ReLU (slope 0.1)'. */
  describe: string;
  /** How a formula calls it by name (y = sigmoid(u) in a graph file), for the activations mathjs formulas may call. */
  call?: ActivationCall;
  /**
   * A loss of this output is evaluated from the net (graph/logitForms.ts): log out as `log(net)` (log σ(net)) or else
   * as the log of the activation's own formula (log-softmax), and 1 − out as `complement(net)` (sigmoid: σ(−net)).
   */
  logits?: { log?(net: MathNode): MathNode; complement?(net: MathNode): MathNode };
  /** Layer activations (softmax): out_j over every net of the layer, and ∂out_j/∂net_k in slide form. */
  layer?: {
    apply(nets: readonly MathNode[], j: number): MathNode;
    partial(outJ: MathNode, outK: MathNode, same: boolean): MathNode;
  };
}


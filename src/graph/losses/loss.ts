// What a loss is: one output's term E_k = L(t_k, o_k) and its derivative by the output, as trees in slide form.
import type { MathNode } from 'mathjs';

/** A per-output loss term E_k = L(t_k, o_k), with its derivative by the output in slide form. */
export interface Loss {
  id: string;
  /** The term for one output; `count` is the number of output units (for means). */
  term(target: MathNode, out: MathNode, count: number): MathNode;
  /** dE_k / d o_k. */
  derivative(target: MathNode, out: MathNode, count: number): MathNode;
  describe: string;
  /** Takes the log of the output, so the outputs must lie in (0, 1) (a sigmoid or softmax layer). */
  needsProbabilities?: true;
  /** δ = ∂E_k/∂net_k from the net where it has a closed form for an output activation (sigmoid + binary cross-entropy: σ(net) − t). */
  logitDelta?: Partial<Record<string, (target: MathNode, net: MathNode) => MathNode>>;
}

// Quantities of a derivation: every value, local partial, adjoint, delta and update, each defined over the others.
import type { MathNode } from 'mathjs';

export type QuantityKind =
  | 'value' //        v$n        value of graph node n
  | 'constant' //     eta        the learning rate
  | 'partial' //      pd$c$n     local partial ∂c/∂n along one edge
  | 'adjoint' //      g$n        ∂E/∂n (for a parameter: its gradient)
  | 'delta' //        d$n        δ of a net node, = ∂E/∂net
  | 'termPartial' //  lp$k$n     ∂E_k/∂n where n reaches only loss term k (same value as ∂E/∂n)
  | 'contribution' // ct$c$n     the part of ∂E/∂n that flows through child c
  | 'change' //       dw$w       Δw = η ∂E/∂w (derive --delta-w)
  | 'optimizerState' // os$k$t$w the optimizer's state k of w after step t (velocity, m, v, m̂, v̂, the L2 gradient g̃)
  | 'update'; //      u$w        w⁺ = w − η ∂E/∂w (w − Δw with --delta-w)

export interface Quantity {
  /** A mathjs symbol name, in the grammar of quantityRef.ts. */
  id: string;
  kind: QuantityKind;
  /** value / adjoint / delta / update: the graph node. partial / contribution / termPartial: `of` and `wrt`. */
  node?: string;
  of?: string;
  wrt?: string;
  /** Definition over other quantity ids; leaves (given values) have `value` instead. */
  def?: MathNode;
  value?: number;
  /** Position in evaluation order (the slot of its value), set when the quantity is added. */
  slot?: number;
}

export { qid } from './quantityRef.js';

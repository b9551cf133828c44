// Softmax over a layer. out_j = e^{net_j} / Σ_k e^{net_k}; ∂out_j/∂net_k = out_j (δ_jk − out_k).
import { fn, neg, num, op, sum, type MathNode } from '../../util/mathNodes.js';
import type { Activation } from './activation.js';

export const softmax: Activation = {
  id: 'softmax',
  // A lone unit: e^{net}/e^{net} = 1. The layer form below is what a softmax layer uses.
  apply: (net: MathNode) => op('/', fn('exp', net), fn('exp', net)),
  derivative: (out: MathNode) => op('*', out, op('-', num(1), out)),
  describe: 'softmax',
  // log out_j = net_j − log Σ_k e^(net_k): a cross-entropy reads the log from the nets (log-softmax)
  logits: {},
  layer: {
    apply: (nets: readonly MathNode[], j: number) => op('/', fn('exp', nets[j]!), sum(nets.map((n) => fn('exp', n)))),
    // ∂out_j/∂net_j = out_j (1 − out_j); ∂out_j/∂net_k = −out_j out_k for k ≠ j
    partial: (outJ: MathNode, outK: MathNode, same: boolean) => (same ? op('*', outJ, op('-', num(1), outJ)) : neg(op('*', outJ, outK))),
  },
};

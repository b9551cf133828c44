// Identity (linear output unit). out = net; d/dnet = 1.
import { num, type MathNode } from '../../util/mathNodes.js';
import type { Activation } from './activation.js';

export const linear: Activation = {
  id: 'linear',
  apply: (net: MathNode) => net,
  // d/dx x = 1
  derivative: () => num(1),
  describe: 'linear (identity)',
};

// The smallest network verify tests check pages against: one linear weight, y = w x with x = 2 and w = 0.5 (y = 1.0).
import { derive, parseNetwork } from '../../src/api.js';

/** y = w x, x = 2, w = 0.5, against `target`, with learning rate `eta` where given (0.1: y = 1.2 after one step toward 1.5). */
export function linearUnit(options: { target?: number; eta?: number } = {}) {
  const rate = options.eta === undefined ? '' : `learning_rate: ${options.eta}\n`;
  return derive(parseNetwork(`inputs: { x: 2.0 }
targets: { y: ${options.target ?? 1} }
parameters: { w: 0.5 }
${rate}layers:
  - activation: linear
    neurons:
      y: { weights: { w: x } }
loss: half-sse
`, 'unit.yaml'));
}

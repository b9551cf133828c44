// derive → verify for networks with their own optimizer: the state lines verify cannot name yet stay unresolved, no erratum.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

/** Two inputs, a sigmoid hidden layer of two, one sigmoid output, under the optimizer given. */
const net = (optimizer: string): string => `
inputs: { x1: 0.05, x2: 0.1 }
targets: { o1: 0.01 }
parameters: { w1: 0.15, w2: 0.2, w3: 0.25, w4: 0.3, w5: 0.4, w6: 0.45, b1: 0.35, b2: 0.6 }
learning_rate: 0.5
optimizer: ${optimizer}
layers:
  - activation: sigmoid
    neurons:
      h1: { weights: { w1: x1, w2: x2 }, bias: b1 }
      h2: { weights: { w3: x1, w4: x2 }, bias: b1 }
  - activation: sigmoid
    neurons:
      o1: { weights: { w5: h1, w6: h2 }, bias: b2 }
loss: half-sse
`;

const FILES = ['test/verify/public/adam-html.yaml', 'test/verify/public/es-momento.yaml'];
const INLINE = [
  '{ type: sgd, weight_decay: 0.01 }',
  '{ type: momentum, momentum: 0.8, state: { velocity: { w5: 0.1 } } }',
  '{ type: nesterov, eta_placement: outside }',
  '{ type: adagrad, eps_placement: outside }',
  '{ type: rmsprop, beta: 0.99, weight_decay: 0.1 }',
  '{ type: adamw, weight_decay: 0.01, t: 3, state: { m: { w1: 0.2 }, v: { w1: 0.04 } } }',
];
const CASES = [...FILES.map((f) => [f, readFileSync(f, 'utf8')]), ...INLINE.map((o) => [o, net(o)])].flatMap(([name, text]) => (['tex', 'md'] as const).map((format) => [name!, format, text!] as const));

describe('derive → verify round trip under an optimizer', () => {
  // a state line's value checked from its own rounded operands may read as rounding-propagation or truncation: not errata
  it.each(CASES)('%s as %s: no erratum', (_name, format, text) => {
    const doc = derive(parseNetwork(text, 'net.yaml'));
    const report = verifyDocument(emit(doc, format), doc, { format });
    expect(report.claims.filter((c) => c.verdict === 'exact').length).toBeGreaterThan(10);
    expect(report.claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'not-printed').map((c) => `${c.line}:${c.column} ${c.verdict} ${c.printed} ${c.detail ?? ''}`)).toEqual([]);
    // the updated weights and the values after the update are this optimizer's, and read as such
    expect(report.claims.some((c) => c.verdict === 'exact' && c.quantity?.startsWith('u$'))).toBe(true);
  });
});

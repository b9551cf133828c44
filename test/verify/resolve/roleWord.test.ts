// The word for a parameter's role (weight, bias, peso) names a network's one weight or bias; marked new by a program's label (Updated weight) it is that parameter after the step; with two weights it names none.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one tanh neuron: z = 0.8·1.5 + 0.2 = 1.4, a = tanh(1.4) = 0.885352, L = ½(a − 1)² = 0.006572;
// ∂L/∂z = (a − 1)(1 − a²) = −0.0247815, ∂L/∂w = −0.0371723, ∂L/∂b = −0.0247815; η = 0.1: w⁺ = 0.8037172, b⁺ = 0.2024782
const neuron = derive(loadNetwork('test/verify/resolve/tanh-neuron.yaml'));

// two weights into one sigmoid unit: "weight" says not which
const twoWeights = derive(parseNetwork(`
notation: plain
inputs: { x1: 1, x2: 2 }
targets: { y: 1 }
parameters: { w1: 0.5, w2: -0.5, b: 0 }
layers:
  - activation: sigmoid
    neurons:
      y: { weights: { w1: x1, w2: x2 }, bias: b }
loss: half-sse
learning_rate: 0.1
`, 'two.yaml'));

/** A page whose results are a code block of printed values. */
const page = (printed: string): string => `# One step\n\n\`\`\`\n${printed}\n\`\`\`\n`;

const verdicts = (doc: string, net = neuron): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.kind === 'value').map((c) => `${c.printed} ${c.verdict}`);

describe('rule role-word', () => {
  it('judges a program\'s "Updated weight" and "Updated bias" as the one weight and bias after the step', () => {
    expect(verdicts(page('Updated weight: 0.8037172\nUpdated bias: 0.2024782'))).toEqual(['0.8037172 exact', '0.2024782 exact']);
  });

  it('finds an update printed with the gradient\'s sign flipped', () => {
    expect(verdicts(page('Updated weight: 0.7962828\nUpdated bias: 0.2024782'))).toEqual(['0.7962828 erratum', '0.2024782 exact']);
  });

  it('reads the word in another language (Spanish peso, an update word after it)', () => {
    expect(verdicts('$$\\text{peso}_{nuevo} = 0.8 - 0.1 \\cdot (-0.03717) = 0.80372$$\n').filter((v) => v.startsWith('0.80372'))).toEqual(['0.80372 exact']);
  });

  it('leaves "weight" unread where the network has two weights', () => {
    expect(verdicts(page('Updated weight: 0.4'), twoWeights)).toEqual(['0.4 unresolved']);
  });
});

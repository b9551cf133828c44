// An optimizer tutorial's θ = θ − α∇J(θ): ∇J(θ) is J's gradient by θ, a rule written in letters takes no step, and an update's own subject on its right is never solved for.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// J(θ) = θ² as a network: o = θ·x with x = 1, target 0, summed squared error; θ = 1, α = 0.1 → θ⁺ = 0.8
const square = (optimizer: string) => derive(parseNetwork(`inputs: { x: 1 }
targets: { o: 0 }
parameters: { theta: 1 }
learning_rate: 0.1
optimizer: ${optimizer}
layers:
  - activation: linear
    neurons:
      o: { weights: { theta: x } }
loss: sse
`, 'square.yaml'));
const SGD = square('{ type: sgd, lr: 0.1 }');
const MOMENTUM = square('{ type: momentum, lr: 0.1, momentum: 0.9, dampening: 0.9, eta_placement: outside }');
const verdicts = (md: string, net = SGD): string[] => verifyDocument(md, net, { format: 'md' }).claims.map((c) => `${c.line}: ${c.printed ?? c.kind} ${c.verdict}`);

const PAGE = `$$\\theta = \\theta - \\alpha \\nabla J(\\theta)$$

Let $J(\\theta) = \\theta^2$, $\\theta = 1$, $\\alpha = 0.1$.

1. $\\nabla J(\\theta) = 2\\theta = 2$.
2. $\\theta = \\theta - \\alpha \\nabla J(\\theta) = 1 - 0.1 \\times 2 = 0.8$.
`;

describe('θ = θ − α∇J(θ)', () => {
  it('judges the givens as the start, ∇J(θ) as the gradient and the step as θ⁺: no erratum', () => {
    expect(verdicts(PAGE).filter((v) => !/exact$/.test(v))).toEqual([]);
  });

  it('finds a step taken the wrong way', () => {
    expect(verdicts(PAGE.replace('= 0.8$', '= 1.2$'))).toContain('6: 1.2 erratum');
  });

  it('does not read the velocity of v = βv + (1 − β)∇J(θ) as the target of 0', () => {
    const md = '$$v = \\beta v + (1 - \\beta) \\nabla J(\\theta)$$\n\n$$\\theta = \\theta - \\alpha v$$\n\nWith $v = 0$: $v = 0.9 \\times 0 + 0.1 \\times 2 = 0.2$ and $\\theta = 1 - 0.1 \\times 0.2 = 0.98$.\n';
    expect(verdicts(md, MOMENTUM).filter((v) => / erratum$/.test(v))).toEqual([]);
  });
});

// A word for the output printed once, with a slip (Previsão: 0.3762 for 0.3672): still the output, and the slip is named; a number far from it is an erratum too.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one tanh unit: out = tanh(0.3 · 1 + 0.085) = tanh(0.385) = 0.36702
const unit = derive(parseNetwork(`
inputs: { x: 1 }
targets: { o: 1 }
parameters: { w: 0.3, b: 0.085 }
layers:
  - activation: tanh
    neurons:
      o: { weights: { w: x }, bias: b }
loss: sse
`, 'unit.yaml'));
const said = (output: string): string[] =>
  verifyDocument(`\`\`\`\nPrevisão: ${output}\n\`\`\`\n`, unit, { format: 'md' }).claims.map((c) => `${c.printed} ${c.verdict} ${c.slip ?? ''}`.trim());

describe('a customary word printed once with a slip', () => {
  it.each([
    ['0.3670', '0.3670 exact'],
    ['0.3760', '0.3760 erratum transposed-digits'],
    ['-0.3670', '-0.3670 erratum sign'],
  ])('reads Previsão: %s as the output (%s)', (printed, verdict) => {
    expect(said(printed)).toEqual([verdict]);
  });

  it('reads a number far from the output as the output too: the word names it whatever its value (an erratum)', () => {
    expect(said('0.5120').map((v) => v.split(' ').slice(0, 2).join(' '))).toEqual(['0.5120 erratum']);
  });
});

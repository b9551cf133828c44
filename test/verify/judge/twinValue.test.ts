// A number printed right for one quantity (with the page's rounding carried into it) is the page's number for every
// quantity of the same exact value: ∂L/∂b_1 = ∂L/∂net_h re-printed, then substituted. Network: x = 1 → ReLU h (w1 = 1,
// b1 = 1.5) → sigmoid y (w2 = 2, b2 = 0), binary cross-entropy with target 1: ∂L/∂net_y = σ(5) − 1 = −0.0066929,
// ∂L/∂net_h = ∂L/∂b_1 = ∂L/∂w_1 = 2 · (−0.0066929) = −0.0133858 (−0.013), which the page works as 2 · (−0.007) = −0.014.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(parseNetwork([
  'inputs: { x: 1 }', 'targets: { y: 1 }', 'parameters: { w1: 1, b1: 1.5, w2: 2, b2: 0 }', 'layers:',
  '  - activation: relu', '    neurons:', '      h: { weights: { w1: x }, bias: b1 }',
  '  - activation: sigmoid', '    neurons:', '      y: { weights: { w2: h }, bias: b2 }', 'loss: binary-cross-entropy', '',
].join('\n'), 'twin.yaml'));

const delta = [
  '$$\\frac{\\partial L}{\\partial net_y} = out_y - target_y = 0.993 - 1 = -0.007$$', '',
  '$$\\frac{\\partial L}{\\partial net_h} = w_2 \\cdot \\frac{\\partial L}{\\partial net_y} = 2 \\cdot (-0.007) = -0.014$$', '',
];
const bias = (printed: string): string[] => [`$$\\frac{\\partial L}{\\partial b_1} = ${printed}$$`, ''];
const weight = '$$\\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial b_1} \\cdot x = -0.014 \\cdot 1 = -0.014$$';
const verdicts = (lines: string[]): string[] => verifyDocument(lines.join('\n'), net, { format: 'md' }).claims
  .filter((c) => c.kind !== 'formula' && c.printed.includes('0.01')).map((c) => `${c.line} ${c.kind} ${c.printed} ${c.verdict}`);

describe('a quantity of the same value as one printed right before', () => {
  it('takes the page\'s carried rounding (−0.014 for −0.01339) when re-printed and substituted', () => {
    expect(verdicts([...delta, ...bias('-0.014'), weight])).toEqual([
      '3 value -0.014 rounding-propagation', '5 value -0.014 rounding-propagation',
      '7 operand -0.014 rounding-propagation', '7 value -0.014 rounding-propagation',
    ]);
  });

  it('is still wrong with another number (−0.015), and with no number printed before to carry', () => {
    expect(verdicts([...delta, ...bias('-0.015')])).toEqual(['3 value -0.014 rounding-propagation', '5 value -0.015 erratum']);
    expect(verdicts(bias('-0.014'))).toEqual(['1 value -0.014 erratum']);
  });

  it('makes no number right that was called wrong for one of them (−0.0133 cut off, carried into ∂L/∂w_1)', () => {
    const cut = ['$$\\frac{\\partial L}{\\partial net_h} = -0.0133$$', '', '$$\\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial net_h} \\cdot x = -0.0133 \\cdot 1 = -0.0133$$', ''];
    const claims = verifyDocument([...cut, ...bias('-0.0133')].join('\n'), net, { format: 'md' }).claims;
    expect(claims.filter((c) => c.line === 5).map((c) => `${c.printed} ${c.verdict}`)).toEqual(['-0.0133 truncation']);
  });
});

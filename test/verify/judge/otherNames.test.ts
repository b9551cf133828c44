// A section that writes the network's names for other values (a loss example's y, ŷ and L) and compares nothing with
// the network is set aside when the rest then reads those names: the network's example after it is judged in full.
// Network: x = 2, w = 0.5, b = 0.1 → sigmoid a (target 1), binary cross-entropy: a = σ(1.1) = 0.7503, ∂L/∂z = a − y = −0.2497.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';
import { OTHER_NAMES } from '../../../src/verify/judge/otherNames.js';

const net = derive(parseNetwork([
  'inputs: { x: 2 }', 'targets: { a: 1 }', 'parameters: { w: 0.5, b: 0.1 }', 'layers:', '  - activation: sigmoid',
  '    neurons:', '      a: { weights: { w: x }, bias: b }', 'loss: binary-cross-entropy', '',
].join('\n'), 'neuron.yaml'));

const lossExample = [
  '## Losses', '', '$$L = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y}_i)^2$$', '',
  'Given $y = [3.0, 5.0, 7.0]$ and $\\hat{y} = [2.5, 5.5, 6.5]$:', '',
  '$$L = \\frac{1}{3}[(3.0-2.5)^2 + (5.0-5.5)^2 + (7.0-6.5)^2] = 0.25$$', '',
];
const neuron = (gradient: string): string[] => [
  '## The neuron', '', '- $z = 0.5 \\times 2 + 0.1 = 1.1$', '- $a = \\sigma(1.1) = 0.75$', '- $y = 1$, $L = -\\log(0.75) = 0.288$', '',
  `$$\\frac{\\partial L}{\\partial z} = ${gradient}$$`, '',
];
const onLine = (doc: string[], line: number): string[] => verifyDocument(doc.join('\n'), net, { format: 'md' }).claims
  .filter((c) => c.line === line).map((c) => `${c.kind} ${c.printed} ${c.verdict}`);

describe('a section whose names mean something else', () => {
  it('leaves the network\'s example to read L and y: a wrong derivative there is an erratum, not arithmetic exact', () => {
    const doc = [...lossExample, ...neuron('(a - y)a(1-a) = -0.25 \\times 0.1875 = -0.047')];
    expect(onLine(doc, 15)).toContain('value -0.047 erratum');
  });

  it('passes the right one, and lists the set-aside section in coverage', () => {
    const doc = [...lossExample, ...neuron('a - y = 0.75 - 1 = -0.25')];
    const r = verifyDocument(doc.join('\n'), net, { format: 'md' });
    expect(r.claims.filter((c) => c.line === 15 && c.kind === 'value').map((c) => `${c.printed} ${c.verdict}`)).toEqual(['-0.25 exact']);
    // set aside as names meaning something else, or (ŷ read as the output whatever its value) as another example's numbers
    expect(r.coverage.notJudged.some((n) => n.aside && (n.reason === OTHER_NAMES || /^about another example/.test(n.reason)))).toBe(true);
  });

  it('sets nothing aside where the rest reads no more for it (no heading, or nothing gained)', () => {
    const r = verifyDocument(lossExample.slice(2).join('\n'), net, { format: 'md' });
    expect(r.coverage.notJudged.some((n) => n.reason === OTHER_NAMES)).toBe(false);
  });
});

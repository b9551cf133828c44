// A sentence that names a family of derivatives in code (`delta_wi` … $\frac{\partial E}{\partial w_i}$): each member (delta_w2) is read as the derivative at its index, and only where the name spells the subscripted variable.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { definedFamilies } from '../../../src/verify/read/definedNames.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// z = w1 x1 + w2 x2 = 0.5 + 2 = 2.5 (x = (1, 2), w = (0.5, 1)); E = 1/2 (z - y)^2 with y = 2: ∂E/∂z = 0.5, ∂E/∂w1 = 0.5, ∂E/∂w2 = 1
const net = derive(parseNetwork(`
inputs: { x1: 1, x2: 2 }
targets: { y: 2 }
parameters: { w1: 0.5, w2: 1 }
graph:
  z: w1 * x1 + w2 * x2
  E: 1/2 * (z - y)^2
output: E
`, 'one-sum.yaml'));

const verdicts = (doc: string): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.printed} ${c.verdict}`);

const defines = 'On appelle `delta_wi` les dérivées $\\frac{\\partial E}{\\partial w_i}$.\n\n';

describe('a family of names a sentence defines as derivatives', () => {
  it('reads each printed member as the derivative at its index, right and wrong', () => {
    expect(verdicts(`${defines}\`\`\`\ndelta_w1: 0.5\ndelta_w2: 2.5\n\`\`\`\n`)).toEqual(['0.5 exact', '2.5 erratum']);
  });

  it('reads the index written in braces, ∂L/∂w_{i}, and another prefix and letter', () => {
    expect(definedFamilies('with `grad_wj` for $\\frac{\\partial L}{\\partial w_{j}}$')).toEqual([{ stem: 'grad_w', latex: '\\frac{\\partial L}{\\partial w_{j}}', letter: 'j' }]);
  });

  it('defines nothing where the name does not spell the subscripted variable, or the math is no derivative', () => {
    expect(definedFamilies('Appeler `oi` la sortie du neurone $f_i$ et `delta_wi` le poids $w_i$.')).toEqual([]);
    expect(definedFamilies('`delta_wi` désigne $\\frac{\\partial E}{\\partial z_i}$')).toEqual([]);
    expect(verdicts(`\`\`\`\ndelta_w1: 0.5\ndelta_w2: 2.5\n\`\`\`\n`).filter((v) => !v.endsWith('unresolved'))).toEqual([]);
  });

  it('does not reach across a paragraph or a number', () => {
    expect(definedFamilies('`delta_wi` les\n\n$\\frac{\\partial E}{\\partial w_i}$')).toEqual([]);
    expect(definedFamilies('`delta_wi` for the 2 $\\frac{\\partial E}{\\partial w_i}$')).toEqual([]);
  });
});

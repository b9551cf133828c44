// A program's output kept in its source's comments (# z = [-1.4 -1.3 4.1], # Adjusted W = over numpy rows) is read as printed values: z of a one-layer network is its nets, a word before a name marks it updated, numpy's -2. has the digits of its row.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork, parseNetwork } from '../../../src/api.js';
import { findPrintedValues } from '../../../src/verify/read/printedValues.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one sigmoid layer, two inputs, two outputs: z = (0.1·1 + 0.2·2 + 0.5, −0.3·1 + 0.4·2 + 0) = (1, 0.5);
// out = (0.7310586, 0.6224593); ∂E/∂z = (out − t) out (1 − out) = (0.1437348, −0.0887235) for t = (0, 1);
// η = 1: b⁺ = (0.3562652, 0.0887235), w11⁺ = 0.1 − 0.1437348 = −0.0437348, w12⁺ = 0.2 − 0.2874697 = −0.0874697,
// w21⁺ = −0.3 + 0.0887235 = −0.2112765, w22⁺ = 0.4 + 0.1774469 = 0.5774469
const layer = derive(parseNetwork(`
notation: plain
inputs: { x1: 1, x2: 2 }
targets: { o1: 0, o2: 1 }
parameters: { w11: 0.1, w12: 0.2, b1: 0.5, w21: -0.3, w22: 0.4, b2: 0 }
learning_rate: 1
layers:
  - activation: sigmoid
    neurons:
      o1: { weights: { w11: x1, w12: x2 }, bias: b1 }
      o2: { weights: { w21: x1, w22: x2 }, bias: b2 }
loss: half-sse
`, 'layer.yaml'));
const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

/** A JavaScript file that keeps what it printed in // comments. */
const script = (output: string): string => `// one step of a sigmoid layer\nconst z = W.dot(x).add(b);\nconsole.log(z);\n\n// Output\n${output.split('\n').map((l) => `// ${l}`).join('\n')}\n`;

const verdicts = (doc: string, net = layer): string[] =>
  verifyDocument(doc, net, { file: 'step.js' }).claims.filter((c) => c.kind === 'value').map((c) => `${c.printed} ${c.verdict}`);

describe('a program\'s output in its comments', () => {
  it('judges z, the updated biases and an updated weight row, with no erratum on the right output', () => {
    const v = verdicts(script('z = [1.  0.5]\nUpdated b = [0.3562652 0.0887235]\nUpdated w =\n [[-0.0437348 -0.0874697]\n [-0.2112765  0.5774469]]'));
    expect(v).toEqual(['1.0 exact', '0.5 exact', '0.3562652 exact', '0.0887235 exact', '-0.0437348 exact', '-0.0874697 exact', '-0.2112765 exact', '0.5774469 exact']);
  });

  it('finds a sign slip in z and a bias updated the wrong way', () => {
    const v = verdicts(script('z = [1.  -0.5]\nUpdated b = [0.6437348 0.0887235]'));
    expect(v.filter((x) => x.endsWith('erratum'))).toEqual(['-0.5 erratum', '0.6437348 erratum']);
  });

  it('leaves z unread in a network with a hidden layer (which layer\'s nets is not said)', () => {
    expect(verdicts(script('z = [1.  0.5]'), mazur)).toEqual(['1.0 unresolved', '0.5 unresolved']);
  });
});

describe('numpy\'s whole numbers in an array', () => {
  const read = (body: string): string[] => findPrintedValues(body, [{ start: 0, end: body.length }]).map((e) => e.latex);

  it('gives -2. the decimals of its row, so -2.198 is not -2 rounded to units', () => {
    expect(read('W = [[ 0.29918962 -2.        ]]')).toEqual(['W = [[0.29918962, -2.00000000]]']);
  });

  it('leaves an array of whole numbers as printed', () => {
    expect(read('x = [1. 3. 0.]')).toEqual(['x = [1., 3., 0.]']);
  });
});

// Values a program prints (labelled outputs, numpy arrays, tuples of names) are read as statements and judged; slips there are found, labels that name nothing are seen, not judged.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { findPrintedValues } from '../../../src/verify/read/printedValues.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

/** The statements read from a text that is all one code block's body. */
const read = (body: string): string[] => findPrintedValues(body, [{ start: 0, end: body.length }]).map((e) => e.latex);

describe('reading what a program prints', () => {
  it.each([
    ['err:  0.11502656915007464', ['err = 0.11502656915007464']],
    ['h_out : [0.55971365 0.38698582]', ['h_{out} = [0.55971365, 0.38698582]']],
    ['delta2: -1.0948', ['delta2 = -1.0948']],
    ['dL/dW2: [-0.28862383  0.19496791]', ['\\frac{\\partial L}{\\partial W2} = [-0.28862383, 0.19496791]']],
    ['dw_ih (input to hidden):\n[[ 1.77e-04 -5.11e-04]\n [ 3.54e-05 -1.02e-04]]', ['dw_{ih} = [[1.77 \\times 10^{-4}, -5.11 \\times 10^{-4}], [3.54 \\times 10^{-5}, -1.02 \\times 10^{-4}]]']],
    ['W1 novo:\n[[ 0.3764 -0.1306]\n [ 0.1523  0.4191]]', ['W1^{novo} = [[0.3764, -0.1306], [0.1523, 0.4191]]']],
    ['Previsão: 0.3672', ['Previsao = 0.3672']],
    ['delta1: [-0.5094  0.3180]\ndelta2: -1.0948\ndL/db2: -1.0948\ndL/db1: [-0.5094  0.3180]\nb1 novo: [0.2528 -0.2954]\nb2 novo: 0.5284', [
      'delta1 = [-0.5094, 0.3180]', 'delta^{(2)} = -1.0948', '\\frac{\\partial L}{\\partial b^{(2)}} = -1.0948', '\\frac{\\partial L}{\\partial b1} = [-0.5094, 0.3180]', 'b1^{novo} = [0.2528, -0.2954]', 'b^{(2novo)} = 0.5284',
    ]],
    ['(w1, w2) = (0.1, 0.2)', ['w1 = 0.1', 'w2 = 0.2']],
    ['w1, w2 = 0.1, -0.2', ['w1 = 0.1', 'w2 = -0.2']],
    ['W = array([[0.5, -0.6],\n           [0.1, 0.7]])\neta = 0.5', ['W = [[0.5, -0.6], [0.1, 0.7]]', 'eta = 0.5']],
    // a word for "after the update" before the name: the name marked new
    ['Updated weight: 0.5\nUpdated bias: -1.0', ['weight^{new} = 0.5', 'bias^{new} = -1.0']],
    ['Adjusted b =  [ 0.0992  0.2991]', ['b^{new} = [0.0992, 0.2991]']],
    // numpy's print("W =\n", W): the label alone on its line with `=`, the array on the next lines
    ['Adjusted W =\n [[ 0.2992  0.0976]\n [-0.4009  0.0973]]', ['W^{new} = [[0.2992, 0.0976], [-0.4009, 0.0973]]']],
    ['new w: 0.45', ['w^{new} = 0.45']],
    // another first word is no update mark: the label as written
    ['Final loss: 0.2348', ['Final^{loss} = 0.2348']],
  ])('reads %j', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it.each([
    ['a computed right side', 'err = y_true - y_hat'],
    ['a tuple given to one name (which entry is which is not said)', 'exp = ([0.4892, -0.2301], 0.0029)'],
    ['a loop\'s log: one name printed with several values', 'loss: 0.2386\nloss: 0.2348'],
    ['a program: its settings may be another example\'s', 'import numpy as np\nw = np.array([0.5, 0.1])'],
    ['a label with a number in it', 'Epoch 2: 0.2348'],
    ['a string', 'name = "w1"'],
    ['a label alone with `=` over a line that is no array', 'total =\n0.5'],
  ])('reads nothing from %s', (_, body) => {
    expect(read(body)).toEqual([]);
  });
});

// Mazur's 2-2-2 network: out_h = (0.593269992, 0.596884378), out_o = (0.75136507, 0.772928465), E = 0.298371109
const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

/** A notebook whose numbers are all in a code cell and what it printed. */
const notebook = (printed: string[]): string => JSON.stringify({
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Forward pass'] },
    { cell_type: 'code', metadata: {}, source: ['import numpy as np\n', 'x = np.array([0.05, 0.10])\n', 'eta = 0.5\n', 'print("h_out:", h_out)\n', 'print("y_hat =", y_hat)\n', 'print("loss:", loss)'], outputs: [{ output_type: 'stream', name: 'stdout', text: printed }] },
  ],
  metadata: {},
  nbformat: 4,
  nbformat_minor: 5,
}, null, 1);

const right = ['h_out: [0.59326999 0.59688438]\n', 'y_hat = [0.75136507 0.77292847]\n', 'loss: 0.29837111\n'];

/** Each judged number's printed text and verdict. */
const verdicts = (doc: string, format: 'ipynb' | 'md'): string[] =>
  verifyDocument(doc, mazur, { format }).claims.filter((c) => c.verdict !== 'unresolved').map((c) => `${c.printed} ${c.verdict}`);

describe('a notebook whose results are printed outputs', () => {
  it('judges the hidden outputs, the outputs and the loss, with no erratum on the right page', () => {
    const v = verdicts(notebook(right), 'ipynb');
    for (const printed of ['0.59326999', '0.59688438', '0.75136507', '0.77292847', '0.29837111']) expect(v).toContainEqual(expect.stringMatching(new RegExp(`^${printed} (exact|rounding-propagation)$`)));
    expect(v.filter((x) => x.endsWith('erratum'))).toEqual([]);
  });

  it('finds hidden outputs printed in swapped order, and transposed digits in an output', () => {
    const slips = [right[0]!.replace('0.59326999 0.59688438', '0.59688438 0.59326999'), right[1]!.replace('0.77292847', '0.72792847'), right[2]!];
    const found = verdicts(notebook(slips), 'ipynb').filter((v) => v.endsWith('erratum'));
    expect(found).toEqual(['0.59688438 erratum', '0.59326999 erratum', '0.72792847 erratum']);
  });

  it('judges a loss printed alone by its word: transposed digits are an erratum, not a name that stops meaning the loss', () => {
    const v = verdicts(notebook([right[0]!, right[1]!, right[2]!.replace('0.29837111', '0.29873111')]), 'ipynb');
    expect(v.filter((x) => x.startsWith('0.2987'))).toEqual(['0.29873111 erratum']);
  });
});

/** A page that gives the solution only as a program's printed output, labelled in Portuguese. */
const page = (output: string): string => `# Um passo

\`\`\`python
print('Previsão:', y)
\`\`\`

\`\`\`
(w5, w6) = (0.40, 0.45)
\`\`\`

\`\`\`
${output}
\`\`\`
`;

describe('a Markdown page with a code block of printed values and tuples', () => {
  it('judges a tuple of names entry by entry and labels in another language, with no erratum on the right page', () => {
    const v = verdicts(page('Previsão: [0.7514 0.7729]\nPerda: 0.2984'), 'md');
    expect(v).toHaveLength(5);
    expect(v.filter((x) => x.endsWith('erratum'))).toEqual([]);
  });

  it('finds a sign slip and a wrong tuple entry', () => {
    const v = verdicts(page('Previsão: [0.7514 -0.7729]\nPerda: 0.2984').replace('(0.40, 0.45)', '(0.40, 0.54)'), 'md');
    expect(v.filter((x) => x.endsWith('erratum'))).toEqual(['0.54 erratum', '-0.7729 erratum']);
  });

  it('leaves a label that names nothing unjudged, with its reason', () => {
    const claims = verifyDocument(page('err: 0.1150'), mazur, { format: 'md' }).claims.filter((c) => c.printed === '0.1150');
    expect(claims.map((c) => c.verdict)).toEqual(['unresolved']);
  });
});

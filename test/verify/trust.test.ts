// verify never passes a wrong number: substituted numbers are compared with the quantities they stand for, rounding needs right
// operands, and one mistake is one error with what follows from it listed under it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork, parseNetwork } from '../../src/api.js';
import { verifyDocument, type VerifyReport } from '../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const line = (r: VerifyReport, n: number): string[] => r.claims.filter((c) => c.line === n).map((c) => `${c.kind} ${c.printed} ${c.verdict}${c.causedBy !== undefined ? ` ← ${r.claims[c.causedBy]!.line}:${r.claims[c.causedBy]!.column}` : ''}`);

describe('a wrong number is never rounding', () => {
  it('compares numbers written with no formula before them with the quantities the engine\'s formula says they stand for', () => {
    const r = verifyDocument('$$w_5^{+} = 0.9 - 0.5 \\cdot 0.1 = 0.85$$\n', mazur, { format: 'md' });
    expect(line(r, 1)).toEqual(['operand 0.9 erratum', 'operand 0.5 exact', 'operand 0.1 exact', 'value 0.85 erratum ← 1:13']);
    expect(r.errors).toEqual({ roots: 1, consequences: 1 });
  });

  it('pairs the numbers in whatever order the document lists terms and factors', () => {
    const r = verifyDocument('$$net_{h1} = 0.05 \\cdot 0.15 + 0.35 + 0.1 \\cdot 0.2 = 0.3775$$\n', mazur, { format: 'md' });
    expect(r.claims.map((c) => `${c.quantity} ${c.printed} ${c.verdict}`)).toEqual([
      'v$i1 0.05 exact', 'v$w1 0.15 exact', 'v$b1 0.35 exact', 'v$i2 0.1 exact', 'v$w2 0.2 exact', 'v$net_h1 0.3775 exact',
    ]);
  });

  it('pairs a term written with the other sign, and leaves out a term worth exactly 0, but never pairs a sign slip', () => {
    const relu = derive(loadNetwork('test/verify/public/nafiz-relu-softmax.yaml'));
    const claims = (doc: string): string[] => verifyDocument(doc, relu, { format: 'md' }).claims.map((c) => `${c.quantity} ${c.printed} ${c.verdict}`);
    // z_2 = W_21 x_1 + W_22 x_2 + W_23 x_3 + b_2 with W_23 = −0.6 and b_2 = 0
    expect(claims('$$z^{[1]}_2 = 0.5 \\cdot 1 + 0.3 \\cdot 4 - 0.6 \\cdot 7 = -2.5$$\n')).toEqual([
      'v$W1_21 0.5 exact', 'v$x1 1 exact', 'v$W1_22 0.3 exact', 'v$x2 4 exact', 'v$W1_23 0.6 exact', 'v$x3 7 exact', 'v$net_h2 -2.5 exact',
    ]);
    expect(claims('$$z^{[1]}_2 = 0.5 \\cdot 1 + 0.3 \\cdot 4 - 0.6 \\cdot 8 = -3.1$$\n')).toContain('v$x3 8 erratum');
    // + 0.6 · 7 for − 0.6 · 7: the slip is W_23's sign, not 7 standing for something negative
    expect(claims('$$z^{[1]}_2 = 0.5 \\cdot 1 + 0.3 \\cdot 4 + 0.6 \\cdot 7 = 5.9$$\n').filter((c) => c.endsWith('erratum'))).toEqual(['v$W1_23 0.6 erratum', 'v$net_h2 5.9 erratum']);
  });

  it('does not credit arithmetic on a wrong formula as rounding, however right its operands', () => {
    const r = verifyDocument('$$\\frac{\\partial E_{total}}{\\partial out_{o1}} = out_{o1} - target_{o1} \\cdot 2 = 0.7514 - 0.02 = 0.7314$$\n', mazur, { format: 'md' });
    expect(line(r, 1).filter((c) => c.startsWith('value') || c.startsWith('formula'))).toEqual(['formula out_{o1} - target_{o1} \\cdot 2 erratum', 'value 0.7314 erratum ← 1:50']);
  });
});

describe('one mistake, one error', () => {
  const dir = 'test/verify/public';
  const r = verifyDocument(readFileSync(`${dir}/sreekanth-relu-bce.md`, 'utf8'), derive(loadNetwork(`${dir}/sreekanth-relu-bce.yaml`)), { format: 'md' });

  it('finds the root of the binary cross-entropy post: ∂L/∂a_2 written as a_2 − y', () => {
    const roots = r.claims.filter((c) => c.verdict === 'erratum' && c.causedBy === undefined);
    expect(roots.map((c) => `${c.line} ${c.kind} ${c.quantity}`)).toEqual(['57 formula g$out_a2']);
  });

  it('lists every number that follows from it under it, the updated weights and the summary table included, and none as rounding', () => {
    // 14 in the derivation, and the table of gradients found repeating 0.069 for w2 and w1 (lines 119, 120)
    expect(r.errors).toEqual({ roots: 1, consequences: 16 });
    expect(line(r, 119)).toEqual(['value 0.069 erratum ← 57:19']);
    expect(r.counts['rounding-propagation']).toBe(0);
    expect(line(r, 129)).toEqual(['formula w_2 - \\eta \\cdot \\frac{dL}{dw_2} exact', 'operand 0.5 exact', 'operand 0.1 exact', 'operand 0.069 erratum ← 57:19', 'value 0.4931 erratum ← 57:19']);
  });
});

describe('a formula with the given numbers built in (−4(3 − 2w) for an input of 2 and a target of 3)', () => {
  const walk = derive(loadNetwork('test/verify/public/smaxx73-gd-line.yaml'));
  const verdicts = (doc: string): string[] => verifyDocument(doc, walk, { format: 'md' }).claims.map((c) => `${c.printed} ${c.verdict}`);

  it('is right when it holds wherever the names it reads move, the inputs and targets held at their values', () => {
    expect(verdicts('$$\\frac{dL}{dw} = -4(3 - 2w)$$\n')).toEqual(['-4(3 - 2w) exact']);
  });

  it('is still wrong when it only matches at the given weight', () => {
    expect(verdicts('$$\\frac{dL}{dw} = -4(3 - 2w) + 5w$$\n')).toEqual(['-4(3 - 2w) + 5w erratum']);
  });
});

describe('a chain worked one step a side', () => {
  it('finds a wrong number where it replaced a part of the side before, and lists the steps after it under it', () => {
    const r = verifyDocument('$$out_{h1} = \\frac{1}{1 + e^{-0.3775}} = \\frac{1}{1 + 0.68566} = \\frac{1}{1.68566} = 0.59327$$\n', mazur, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.kind} ${c.printed} ${c.verdict}`)).toEqual(['arithmetic 0.68566 erratum']);
    expect(r.errors.roots).toBe(1);
  });
});

describe('arithmetic on numbers that are functions of one another', () => {
  const arithmetic = (doc: string): string[] => verifyDocument(doc, mazur, { format: 'md' }).claims.filter((c) => c.kind === 'arithmetic').map((c) => `${c.printed} ${c.verdict}`);

  it('allows the rounding of σ(z) once in σ(z)(1 − σ(z)) = 0.6028 × 0.3972, not twice', () => {
    expect(arithmetic("$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) = 0.6028 \\times 0.3972 = 0.2395$$\n")).toEqual(['0.2395 erratum']);
    expect(arithmetic("$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) = 0.6028 \\times 0.3972 = 0.2394$$\n")).toEqual(['0.2394 exact']);
  });

  it('leaves open a last digit that only unknown unrounded operands give, for numbers not computed from each other', () => {
    // 0.6028 × 0.3972 = 0.23943: 0.2395 needs u or v above what is printed, and nothing says what they were
    expect(arithmetic("$$g = u v = 0.6028 \\times 0.3972 = 0.2395$$\n")).toEqual(['0.2395 unresolved']);
  });
});

describe('nothing read as what it is not', () => {
  it('takes the learning rate from the file\'s optimizer when it gives one', () => {
    const adam = derive(parseNetwork('inputs: { x: 1 }\ntargets: { o: 0 }\nparameters: { w: 0.5 }\noptimizer: { type: adam, lr: 0.1 }\nlayers:\n  - neurons: { o: { weights: { w: x } } }\n', 'adam.yaml'));
    const r = verifyDocument('$$\\eta = 0.1$$\n', adam, { format: 'md' });
    expect(r.claims.map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.1 exact']);
  });

  it('reads b_1 = b_2 = 1 as two given values, each judged, not as a formula b_1 = b_2', () => {
    const claims = (doc: string): string[] => verifyDocument(doc, mazur, { format: 'md' }).claims.map((c) => `${c.kind} ${c.quantity} ${c.printed} ${c.verdict}`);
    expect(claims('$b_1 = b_2 = 1$\n')).toEqual(['value v$b1 1 erratum', 'value v$b2 1 erratum']);
    expect(claims('$w_1 = w_3 = 0.15$\n')).toEqual(['value v$w1 0.15 exact', 'value v$w3 0.15 erratum']);
  });

  it('names nothing with a relation that has nothing before it ($\\approx 0.1$ in a sentence)', () => {
    const r = verifyDocument('Again a step of $\\approx 0.1$.\n', mazur, { format: 'tex' });
    expect([r.claims.length, r.coverage.numbers.seen]).toEqual([0, 1]);
  });

  it('reads no unit index past a layer\'s width as another example\'s unit', () => {
    const batch = derive(parseNetwork('parameters: { w1: 0.5, w2: 0.25 }\nexamples:\n  - { inputs: { x1: 1, x2: 2 }, targets: { o: 0 } }\n  - { inputs: { x1: 3, x2: 4 }, targets: { o: 1 } }\nlayers:\n  - neurons: { o: { weights: { w1: x1, w2: x2 } } }\n', 'batch.yaml'));
    const claims = (doc: string): string[] => verifyDocument(doc, batch, { format: 'md' }).claims.map((c) => `${c.printed} ${c.quantity ?? '-'} ${c.verdict}`);
    expect(claims('$$a^{(0)}_1 = 1, \\quad a^{(0)}_2 = 2$$\n')).toEqual(['1 v$x1_e1 exact', '2 v$x2_e1 exact']);
    expect(claims('$$a^{(0)}_3 = 3$$\n')).toEqual(['3 - unresolved']);
  });
});

describe('activations as pages spell them', () => {
  it('reads a function name a letter away from the unit\'s own activation (sigmod) as that activation', () => {
    const r = verifyDocument('$$out_{h1} = sigmod(net_{h1}) = 0.5933$$\n', mazur, { format: 'md' });
    expect(r.claims.map((c) => `${c.kind} ${c.verdict}`)).toEqual(['formula exact', 'value exact']);
  });

  it('names a letter the page defines as an activation of a net (z_1 = sigmod(a_1), a page whose z are outputs)', () => {
    const r = verifyDocument('$$q_1 = sigmod(net_{h1})$$\n\n$$q_1 = 0.7$$\n', mazur, { format: 'md' });
    expect(r.claims.map((c) => `${c.line} ${c.quantity} ${c.verdict}`)).toEqual(['1 v$out_h1 exact', '3 v$out_h1 erratum']);
  });

  it('does not read a name further away (sigmax) as the activation', () => {
    const r = verifyDocument('$$out_{h1} = sigmax(net_{h1}) = 0.5933$$\n', mazur, { format: 'md' });
    expect(r.claims.filter((c) => c.kind === 'formula').map((c) => c.verdict)).not.toContain('exact');
  });
});

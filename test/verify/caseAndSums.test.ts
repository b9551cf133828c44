// Names written in another case than the network's units (out_{o1} for unit O1), sums over such units, and a value
// that is right after numbers that do not give it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const net = derive(parseNetwork(`
inputs: { I1: 1, I2: 2 }
targets: { O1: 0.6 }
parameters: { w_H1_I1: 0.5, w_H1_I2: 0.4, w_O1_H1: -0.25 }
learning_rate: 0.2
layers:
  - neurons: { H1: { weights: { w_H1_I1: I1, w_H1_I2: I2 } } }
  - neurons: { O1: { weights: { w_O1_H1: H1 } } }
`, 'net.yaml'));
const claims = (md: string) => verifyDocument(md, net, { format: 'md' }).claims.map((c) => `${c.kind} ${c.printed} ${c.verdict}`);

describe('names in the other case, sums over upper-case units', () => {
  it('reads out_{o1} and net_{o1} as the output and net of unit O1', () => {
    expect(claims(String.raw`$$\frac{\partial out_{o1}}{\partial net_{o1}} = out_{o1}(1 - out_{o1}) = 0.2476$$`)).toEqual([
      'formula out_{o1}(1 - out_{o1}) exact', 'value 0.2476 exact',
    ]);
  });

  it('expands \\sum_o over the units O1, O2, …', () => {
    const r = verifyDocument(String.raw`$$\frac{\partial E_{total}}{\partial out_{H1}} = \sum_{o} \frac{\partial E_{total}}{\partial net_{o}} \frac{\partial net_{o}}{\partial out_{H1}}$$`, net, { format: 'md' });
    expect(r.claims.map((c) => c.verdict)).toEqual(['exact']);
  });
});

describe('a sum over an index no unit is named with', () => {
  const mazur = derive(parseNetwork(readFileSync('fixtures/mazur-2-2-2.yaml', 'utf8'), 'mazur.yaml'));
  const verify = (md: string) => verifyDocument(md, mazur, { format: 'md' });
  // a name counted by the index must be one the page writes with its number (y_1, not only y_k)
  const forward = String.raw`$$x_1 = 0.05 \quad x_2 = 0.1 \quad y_1 = 0.01 \quad y_2 = 0.99 \quad a^{(3)}_1 = 0.7514 \quad a^{(3)}_2 = 0.7729$$

`;

  it('counts \\sum_k 1, 2, … while a^{(3)}_k and y_k exist, so J defined by it is the total error', () => {
    const r = verify(forward + String.raw`$$J = \tfrac12 \sum_k (a^{(3)}_k - y_k)^2 = 0.2984$$`);
    expect(r.names.find((n) => n.name === 'J')?.rule).toBe('defined-by-formula');
    expect(r.claims.filter((c) => c.line === 3).map((c) => `${c.kind} ${c.verdict}`)).toEqual(['formula exact', 'value exact']);
  });

  it('leaves the sum unread where some of its names exist for a number and others do not', () => {
    const r = verify(String.raw`$$a^{(3)}_1 = 0.7514 \quad a^{(3)}_2 = 0.7729$$

$$J = \tfrac12 \sum_k (a^{(3)}_k - y_k)^2 = 0.2984$$`);
    expect(r.claims.filter((c) => c.line === 3).map((c) => `${c.kind} ${c.verdict}`)).toEqual(['value unresolved']);
  });

  it('finds a definition that sums the wrong names (the inputs for the outputs)', () => {
    const r = verify(forward + String.raw`$$E = \sum_i \tfrac12 (x_i - y_i)^2 = 0.2984$$`);
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => c.kind)).toEqual(['formula']);
  });
});

describe('a right value after wrong numbers', () => {
  it('reports the substitution when its numbers do not give the value printed after it (a dropped sign)', () => {
    const r = verifyDocument(String.raw`$$out_{H1} = \frac{1}{1+e^{-net_{H1}}} = \frac{1}{1+e^{1.3}} = 0.7858$$`, net, { format: 'md' });
    const wrong = r.claims.filter((c) => c.verdict === 'erratum');
    expect(wrong.map((c) => `${c.kind} ${c.printed} ${c.slip}`)).toEqual([String.raw`arithmetic \frac{1}{1+e^{1.3}} arithmetic`]);
    expect(r.claims.find((c) => c.kind === 'value')?.verdict).toBe('exact');
  });

  it('names the operand instead when the numbers line up with the formula', () => {
    const r = verifyDocument(String.raw`$$out_{O1} = \frac{1}{1+e^{-net_{O1}}} = \frac{1}{1+e^{-0.1965}} = 0.4510$$`, net, { format: 'md' });
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.kind} ${c.printed}`)).toEqual(['operand -0.1965']);
  });

  it("keeps rounded operands as the document's own: no erratum when the numbers give the value to their precision", () => {
    const r = verifyDocument(String.raw`$$out_{O1} = \frac{1}{1+e^{-net_{O1}}} = \frac{1}{1+e^{0.1965}} = 0.4510$$`, net, { format: 'md' });
    expect(r.counts.erratum).toBe(0);
  });
});

describe('customary letters and the document\'s own wrong numbers', () => {
  const mazur = derive(parseNetwork(readFileSync('fixtures/mazur-2-2-2.yaml', 'utf8'), 'mazur.yaml'));
  const verdicts = (md: string) => verifyDocument(md, mazur, { format: 'md' }).claims.map((c) => `${c.kind} ${c.printed} ${c.verdict}`);

  it('reads \\alpha as the learning rate and t_1 as the first target when the document never names them otherwise', () => {
    expect(verdicts(String.raw`$$\frac{\partial E_{total}}{\partial out_{o1}} = -(t_1 - out_{o1}) = 0.741365$$

$$w_5^{+} = w_5 - \alpha \frac{\partial E_{total}}{\partial w_5} = 0.358916$$`)).toEqual([
      'formula -(t_1 - out_{o1}) exact', 'value 0.741365 exact', 'formula w_5 - \\alpha \\frac{\\partial E_{total}}{\\partial w_5} exact', 'value 0.358916 exact',
    ]);
  });

  it('does not take arithmetic on a wrong number for rounding: a given value is exact, and what follows from a wrong number is wrong', () => {
    expect(verdicts(String.raw`$$net_{h1} = 0.15 \times 0.05 + 0.2 \times 0.1 + 0.30 = 0.3275$$

$$out_{h1} = \frac{1}{1 + e^{-0.3275}} = 0.5812$$`)).toEqual([
      'operand 0.15 exact', 'operand 0.05 exact', 'operand 0.2 exact', 'operand 0.1 exact', 'operand 0.30 erratum', 'value 0.3275 erratum',
      'operand -0.3275 erratum', 'value 0.5812 erratum',
    ]);
  });

  it('still credits a value computed from the document\'s own rounded numbers', () => {
    expect(verdicts(String.raw`$$net_{h1} = 0.15 \times 0.05 + 0.2 \times 0.1 + 0.35 = 0.3775$$

$$out_{h1} = \frac{1}{1 + e^{-0.38}} = 0.5939$$`)).toEqual([
      'operand 0.15 exact', 'operand 0.05 exact', 'operand 0.2 exact', 'operand 0.1 exact', 'operand 0.35 exact', 'value 0.3775 exact',
      'operand -0.38 exact', 'value 0.5939 rounding-propagation',
    ]);
  });
});

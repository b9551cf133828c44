// An array used as a table in display math (a handout's tables): each row is an equation of its own, never the
// continuation of the row above; a header of words lets a row hold several equations; a name heading a row under a
// column headed *new value* states that name's new value.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { extractEquations } from '../../../src/verify/read/extractEquations.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const latexOf = (doc: string): string[] => extractEquations(doc, { format: 'md' }).equations.map((e) => e.latex.replace(/\s+/g, ' ').trim());
const net = derive(loadNetwork('test/verify/public/hk-array.yaml'));
const updates = ['\\[', '\\begin{array}{ll}', '\\text{Weight } & \\text{New value} \\\\', '\\hline',
  'w_{46} & -0.3 + (0.9)(0.1311)(0.332) = -0.261 \\\\', 'w_{56} & -0.2 + (0.9)(0.1311)(0.525) = -0.138 \\\\',
  'w_{14} & 0.2 + (0.9)(-0.0087)(1) = 0.192 \\\\', 'w_{15} & -0.3 + (0.9)(-0.0065)(1) = -0.306 \\\\', '\\end{array}', '\\]', ''].join('\n');

describe('arrays used as tables', () => {
  it('reads a row that opens with a minus sign as its own equation, not as the row above continued', () => {
    const rows = latexOf(updates.replace('\\text{New value}', '\\text{Result}'));
    expect(rows).toEqual(['-0.3 + (0.9)(0.1311)(0.332) = -0.261', '-0.2 + (0.9)(0.1311)(0.525) = -0.138', '0.2 + (0.9)(-0.0087)(1) = 0.192', '-0.3 + (0.9)(-0.0065)(1) = -0.306']);
  });

  it('reads the name heading a row under "New value" as the updated name: w_{46} = -0.3 + … = -0.261', () => {
    expect(latexOf(updates)[0]).toBe('w_{46} = -0.3 + (0.9)(0.1311)(0.332) = -0.261');
    const result = verifyDocument(updates, net, { format: 'md' });
    expect(result.claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
    expect(result.claims.filter((c) => c.kind === 'value').map((c) => `${c.line} ${c.printed} ${c.verdict}`)).toEqual(['5 -0.261 exact', '6 -0.138 exact', '7 0.192 exact', '8 -0.306 exact']);
    const slip = verifyDocument(updates.replace('= -0.261', '= -0.339'), net, { format: 'md' });
    expect(slip.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line} ${c.printed}`)).toEqual(['5 -0.339']);
  });

  it('reads two equations a row under a header of words, each on its own', () => {
    const doc = ['\\[', '\\begin{array}{ccc}', '\\text{Unit } j & \\text{Net input } I_j & \\text{Output } O_j \\\\', '\\hline',
      '4 & 0.2 + 0 - 0.5 - 0.4 = -0.7 & 1/(1+e^{0.7}) = 0.332 \\\\', '5 & -0.3 + 0 + 0.2 + 0.2 = 0.1 & 1/(1+e^{0.1}) = 0.525 \\\\', '\\end{array}', '\\]', ''].join('\n');
    expect(latexOf(doc)).toEqual(['0.2 + 0 - 0.5 - 0.4 = -0.7', '1/(1+e^{0.7}) = 0.332', '-0.3 + 0 + 0.2 + 0.2 = 0.1', '1/(1+e^{0.1}) = 0.525']);
    // the second row's exponent has the wrong sign: 1/(1 + e^{0.1}) is 0.475
    const errata = verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum');
    expect(errata.map((c) => `${c.line} ${c.printed} ${c.expected}`)).toEqual(['6 0.525 0.475']);
  });

  it('keeps a name before an equation unread under any other header (a gradient is not the weight)', () => {
    const doc = updates.replace('\\text{New value}', '\\text{Gradient}');
    expect(latexOf(doc)[0]).toBe('-0.3 + (0.9)(0.1311)(0.332) = -0.261');
  });
});

describe('an array of names over their values', () => {
  const doc = ['\\[', '\\begin{array}{cccc}', 'x_1 & x_2 & w_{14} & w_{04} \\\\', '1 & 0 & 0.2 & -0.4 \\\\', '\\end{array}', '\\]', ''].join('\n');

  it('gives each name its number, each reported at its own column', () => {
    expect(latexOf(doc)).toEqual(['x_1 = 1', 'x_2 = 0', 'w_{14} = 0.2', 'w_{04} = -0.4']);
    const claims = verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.line}:${c.column} ${c.printed} ${c.verdict}`);
    expect(claims).toEqual(['4:1 1 exact', '4:5 0 exact', '4:9 0.2 exact', '4:15 -0.4 exact']);
    const slip = verifyDocument(doc.replace('0.2 &', '0.3 &'), net, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum');
    expect(slip.map((c) => `${c.line}:${c.column} ${c.printed}`)).toEqual(['4:9 0.3']);
  });

  it('keeps a matrix of numbers, or names over names, a matrix', () => {
    expect(latexOf('\\[\\begin{array}{cc} 1 & 2 \\\\ 3 & 4 \\end{array}\\]\n')).toHaveLength(1);
    expect(latexOf('\\[\\begin{array}{cc} a & b \\\\ c & d \\end{array}\\]\n')).toHaveLength(1);
  });
});
